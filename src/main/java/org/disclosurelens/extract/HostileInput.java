package org.disclosurelens.extract;

import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.disclosurelens.model.SourceFormat;

/**
 * Recognises the failures that mean a file attacked the parser rather than being merely broken
 * (zip bombs, XML entity tricks), so documents.csv says so instead of "corrupt", and keeps POI's
 * zip-bomb check switched on.
 *
 * <p>Neither POI nor Tika gives these failures their own exception type; they are told apart by
 * the messages of the libraries' guards, which are stable across releases (POI since 3.14, Tika's
 * SecureContentHandler since 1.x, the JDK's JAXP limits since 7u45).
 */
final class HostileInput {

    /** POI's own default: an entry may not inflate to more than 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private HostileInput() {
    }

    /**
     * Tika's OOXMLParser turns POI's zip-bomb check off for the whole JVM when Tika loads
     * (ZipSecureFile.setMinInflateRatio(-1) in its static initialiser), because Tika guards its
     * own parses with SecureContentHandler. DOCX and XLSX are read by POI directly here, outside
     * that handler, so the check is switched back on after Tika has loaded and before POI reads.
     * Before a DOCX or XLSX the initialiser is run first if it has not run: Tika's parsers are set
     * up only when a file that needs them first comes (TikaXhtmlExtractor), and that may happen in
     * another thread while POI reads this one.
     */
    static void guardZipInflation(SourceFormat format) {
        if (format == SourceFormat.DOCX || format == SourceFormat.XLSX) {
            loadTikaOoxml();
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
    }

    private static void loadTikaOoxml() {
        try {
            Class.forName(OOXMLParser.class.getName(), true, OOXMLParser.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class that was just named cannot be found", e);
        }
    }

    /** The refusal of a zip entry that inflates beyond {@link #MIN_INFLATE_RATIO}; {@code cause} may be null. */
    static ExtractionException zipBomb(Throwable cause) {
        return new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                "the file would inflate to over 100 times its size when unpacked (a zip bomb?); it was not unpacked."
                        + " If it is a genuine document, save it again from its application", cause);
    }

    /** The failure as a refusal to read a hostile file, if one of the guards tripped. */
    static Optional<ExtractionException> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith("Zip bomb detected") || message.startsWith("Suspected zip bomb")) {
                return Optional.of(zipBomb(failure));
            }
            if (message.contains("entity expansions") || message.contains("JAXP00010001")) {
                return Optional.of(new ExtractionException(ExtractionException.Reason.REFUSED,
                        "its XML defines entities that expand into each other (a \"billion laughs\" attack?);"
                                + " the file was not read", failure));
            }
            if (message.contains("DOCTYPE is disallowed")) {
                return Optional.of(new ExtractionException(ExtractionException.Reason.REFUSED,
                        "its XML declares a DOCTYPE, which Office never writes (nor do OFD writers) and which can make a reader fetch"
                                + " local files (XXE); the file was not read. If you trust it, open it and save a copy", failure));
            }
        }
        return Optional.empty();
    }
}
