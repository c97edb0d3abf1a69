package org.disclosurelens.export;

import java.util.Locale;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.structure.CanonicalPart;

/** How the item CSVs write locations, amounts and parts: one place, so every CSV writes them alike. */
final class CsvValues {

    private CsvValues() {
    }

    static String page(Location l) {
        return l.page() == 0 ? "" : Integer.toString(l.page());
    }

    static String line(Location l) {
        return Integer.toString(l.line());
    }

    /** How the text at {@code l} was read: {@code ocr} on a page read by OCR, else {@code text}. */
    static String source(DocumentResult r, Location l) {
        return r.document() != null && r.document().ocrAt(l).isPresent() ? "ocr" : "text";
    }

    /** The OCR engine's confidence for the line at {@code l} (0-1), "" where the text came from a text layer. */
    static String confidence(DocumentResult r, Location l) {
        return r.document() == null ? ""
                : r.document().ocrAt(l).map(o -> String.format(Locale.ROOT, "%.2f", o.confidence(l.line()))).orElse("");
    }

    static String wan(Optional<Amount> a) {
        return a.map(Amount::wanText).orElse("");
    }

    static String part(CanonicalPart p) {
        return p == null ? "" : Integer.toString(p.number());
    }
}
