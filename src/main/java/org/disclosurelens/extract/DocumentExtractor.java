package org.disclosurelens.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;

/**
 * The one entry point of extraction: detects the format from the file's bytes, reads it with the
 * extractor for that format and cleans the text. Thread-safe; share one instance.
 */
public final class DocumentExtractor {

    /** Files above this are not opened: disclosures are a few MB, the biggest seen 4 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    /** The formats a file's extension promises, to notice a file whose bytes say otherwise. */
    private static final Map<String, SourceFormat> EXTENSIONS = Map.of(
            "pdf", SourceFormat.PDF, "ofd", SourceFormat.OFD, "doc", SourceFormat.DOC, "docx", SourceFormat.DOCX,
            "xls", SourceFormat.XLS, "xlsx", SourceFormat.XLSX, "htm", SourceFormat.HTML, "html", SourceFormat.HTML);

    private final long maxBytes;

    public DocumentExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    /** An extractor that refuses files larger than {@code maxBytes} without opening them. */
    public DocumentExtractor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ExtractedDocument extract(Path file) throws ExtractionException {
        SourceFormat format = admit(file);
        try {
            HostileInput.guardZipInflation(format);
            ExtractedDocument doc = extractor(format).extract(file);
            doc = doc.withBlocks(TextCleaner.clean(doc.blocks(), !doc.format().fixedLayout()));
            return doc.withWarnings(warnings(file, format));
        } catch (IOException e) {
            throw HostileInput.explain(e).orElseGet(() -> unreadable(e));
        } catch (ExtractionException e) {
            ExtractionException plain = format == SourceFormat.PDF ? withTrailerProblems(e, file) : e;
            throw HostileInput.explain(e.getCause()).orElse(plain);
        }
    }

    /** The file's format, or why it is not opened at all: empty, too large, encrypted. */
    private SourceFormat admit(Path file) throws ExtractionException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ExtractionException(ExtractionException.Reason.EMPTY,
                        "the file has 0 bytes (a failed download?); fetch it again");
            }
            if (size > maxBytes) {
                throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%.1f MB is over the limit of %.1f MB, so it was not opened; raise --max-size to read it",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            MediaType type = FormatDetector.detect(file);
            if (FormatDetector.encryptedOffice(type)) {
                throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                        "the Office file is password-protected; save an unprotected copy and run again");
            }
            return FormatDetector.format(type);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static ExtractionException unreadable(IOException e) {
        return new ExtractionException(ExtractionException.Reason.UNREADABLE,
                "could not read the file (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
    }

    /** Loads Tika's configuration now, so that the first file's time limit is not spent on start-up. */
    public static void warmUp() {
        FormatDetector.format(MediaType.OCTET_STREAM);
        HostileInput.guardZipInflation(SourceFormat.OTHER);
    }

    /** The format label Tika's detection gives the file, without reading it further. */
    public static SourceFormat detectFormat(Path file) throws IOException {
        return FormatDetector.format(FormatDetector.detect(file));
    }

    private static Extractor extractor(SourceFormat format) {
        return switch (format) {
            case PDF -> new PdfExtractor();
            case OFD -> new OfdExtractor();
            case DOCX -> new DocxExtractor();
            case XLS, XLSX -> new SpreadsheetExtractor(format);
            case TXT, TIKA_TEXT -> new PlainTextExtractor();
            case DOC, HTML, OTHER -> new TikaXhtmlExtractor(format);
        };
    }

    /** Damage that did not stop extraction but makes the result less trustworthy. */
    private static List<String> warnings(Path file, SourceFormat format) {
        List<String> warnings = new ArrayList<>();
        SourceFormat promised = promised(file);
        if (promised != null && promised != format && !(promised == SourceFormat.DOC && format == SourceFormat.DOCX)) {
            warnings.add("named ." + extension(file) + " but the content is " + format.label()
                    + (format == SourceFormat.HTML ? " (a web page, such as an error page, saved in its place?)" : ""));
        }
        if (format == SourceFormat.PDF) {
            warnings.addAll(PdfTrailer.problems(file));
        }
        return warnings;
    }

    /** A PDF that could not be read at all says whether it was cut short, which tells the user what to do. */
    private static ExtractionException withTrailerProblems(ExtractionException e, Path file) {
        if (e.reason() != ExtractionException.Reason.CORRUPT) {
            return e;
        }
        List<String> problems = PdfTrailer.problems(file);
        return problems.isEmpty() ? e
                : new ExtractionException(e.reason(), e.getMessage() + "; " + String.join("; ", problems), e.getCause());
    }

    private static SourceFormat promised(Path file) {
        return EXTENSIONS.get(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
