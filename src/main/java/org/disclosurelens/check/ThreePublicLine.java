package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/**
 * A line of a "三公" table that gives both years' amounts, with this year minus last year and the
 * line as evidence (label | last year | this year | change | reason).
 */
record ThreePublicLine(ThreePublicTable table, ThreePublicRow row, BigDecimal difference, String evidence) {

    /** The lines of the document's 三公 tables that give both years, in order. */
    static List<ThreePublicLine> of(Disclosure d) {
        List<ThreePublicLine> lines = new ArrayList<>();
        for (ThreePublicTable t : d.data().threePublic()) {
            for (ThreePublicRow row : t.rows()) {
                if (row.previous().isEmpty() || row.current().isEmpty()) {
                    continue;
                }
                BigDecimal difference = Sums.wan(row.current()).subtract(Sums.wan(row.previous()));
                String evidence = row.label() + " | " + row.previous().get().text() + " | " + row.current().get().text()
                        + row.change().map(c -> " | " + c.text()).orElse("") + (row.reason().isEmpty() ? "" : " | " + row.reason());
                lines.add(new ThreePublicLine(t, row, difference, evidence));
            }
        }
        return lines;
    }
}
