package org.disclosurelens.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;

/**
 * The one entry point of extraction: detects the format from the file's bytes, reads it with the
 * extractor for that format and cleans the text. Thread-safe; share one instance.
 */
public final class DocumentExtractor {

    public ExtractedDocument extract(Path file) throws ExtractionException {
        try {
            if (Files.size(file) == 0) {
                throw new ExtractionException(ExtractionException.Reason.EMPTY,
                        "the file has 0 bytes (a failed download?); fetch it again");
            }
            MediaType type = FormatDetector.detect(file);
            if (FormatDetector.encryptedOffice(type)) {
                throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                        "the Office file is password-protected; save an unprotected copy and run again");
            }
            SourceFormat format = FormatDetector.format(type);
            ExtractedDocument doc = extractor(format).extract(file);
            return doc.withBlocks(TextCleaner.clean(doc.blocks(), doc.format() != SourceFormat.PDF));
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE,
                    "could not read the file (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    /** The format label Tika's detection gives the file, without reading it further. */
    public static SourceFormat detectFormat(Path file) throws IOException {
        return FormatDetector.format(FormatDetector.detect(file));
    }

    private static Extractor extractor(SourceFormat format) {
        return switch (format) {
            case PDF -> new PdfExtractor();
            case DOCX -> new DocxExtractor();
            case XLS, XLSX -> new SpreadsheetExtractor(format);
            case TXT, TIKA_TEXT -> new PlainTextExtractor();
            case DOC, HTML, OTHER -> new TikaXhtmlExtractor(format);
        };
    }
}
