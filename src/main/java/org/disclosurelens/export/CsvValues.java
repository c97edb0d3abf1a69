package org.disclosurelens.export;

import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;
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

    static String wan(Optional<Amount> a) {
        return a.map(Amount::wanText).orElse("");
    }

    static String part(CanonicalPart p) {
        return p == null ? "" : Integer.toString(p.number());
    }
}
