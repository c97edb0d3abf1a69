package org.disclosurelens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Every format whose Tika XHTML keeps what the model needs: DOC, HTML (with IdentityHtmlMapper so
 * colspan and rowspan survive), RTF, ODT and anything else Tika knows. One AutoDetectParser is
 * shared: Tika parsers are thread-safe and setting one up costs about 0.4 s.
 */
final class TikaXhtmlExtractor implements Extractor {

    private static final Parser PARSER = new AutoDetectParser();

    private final SourceFormat format;

    TikaXhtmlExtractor(SourceFormat format) {
        this.format = format;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException, IOException {
        XhtmlBlockHandler handler = new XhtmlBlockHandler();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            PARSER.parse(in, new BodyContentHandler(handler), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "the file is password-protected; save an unprotected copy and run again", e);
        } catch (TikaException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "Tika could not parse it as " + format.label() + " (" + rootMessage(e) + ")", e);
        } catch (SAXException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, rootMessage(e), e);
        }
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new ExtractedDocument(format, handler.pages(), charset, handler.blocks(), List.of(), List.of());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
