package org.disclosurelens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Every format whose Tika XHTML keeps what the model needs: DOC, HTML (with IdentityHtmlMapper so
 * colspan and rowspan survive), RTF, ODT and anything else Tika knows. The parsers are shared: Tika
 * parsers are thread-safe. HTML has an AutoDetectParser of its own holding only Tika's HTML parser
 * (the one the full one hands HTML to), so that reading one HTML file does not set up every parser
 * Tika has, which costs a cold run about 0.4 s. The full one is made when another format, or an
 * object embedded in a page, first needs it: it is the HTML parser's fallback and the parser of
 * embedded objects, as it is when it reads the page itself, so the text is the same either way.
 */
final class TikaXhtmlExtractor implements Extractor {

    private static final Parser HTML = htmlParser();

    /** Every parser Tika has, made on first use. */
    private static final class Everything {
        static final Parser PARSER = new AutoDetectParser();
    }

    /** Hands each call to {@link Everything#PARSER}, which it makes only then. */
    private static final class EverythingOnDemand extends AbstractParser {
        static final EverythingOnDemand INSTANCE = new EverythingOnDemand();

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Everything.PARSER.getSupportedTypes(context);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            Everything.PARSER.parse(stream, handler, metadata, context);
        }
    }

    private static Parser htmlParser() {
        AutoDetectParser parser = new AutoDetectParser(new JSoupParser());
        parser.setFallback(EverythingOnDemand.INSTANCE);
        return parser;
    }

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
        context.set(Parser.class, EverythingOnDemand.INSTANCE);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            (format == SourceFormat.HTML ? HTML : Everything.PARSER).parse(in, new BodyContentHandler(handler), metadata, context);
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
