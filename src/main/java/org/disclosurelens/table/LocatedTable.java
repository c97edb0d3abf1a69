package org.disclosurelens.table;

import java.util.Optional;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.CanonicalPart;

/**
 * A table with what surrounds it: its title, the unit its amounts are in and the part of the
 * disclosure it sits in. Recognisers read these.
 *
 * @param index 0-based position among the document's tables
 * @param block index of the table in the document's blocks
 * @param title the title as written: a caption above the table, or the table's own title row; "" when none
 * @param unit the unit 单位：… names above or in the table; empty when none is named
 * @param part the canonical part of the section the table is in; null outside any section
 */
public record LocatedTable(
        int index,
        int block,
        Table table,
        String title,
        Optional<Unit> unit,
        CanonicalPart part,
        TableGrid grid) {

    public Location location() {
        return table.location();
    }

    /** Where row {@code r} of the grid starts. */
    public Location location(int r) {
        return table.rowLocation(r);
    }

    /** The unit amounts are in: the one named, else 万元, the unit of almost every disclosure table. */
    public Unit unitOrDefault() {
        return unit.orElse(Unit.TEN_THOUSAND_YUAN);
    }

    /** The kind the title names. */
    public TableKind titleKind() {
        return TableKind.ofTitle(title);
    }
}
