package org.disclosurelens.table;

import java.util.List;
import java.util.Optional;

/** A “三公” table: each item with its figures. */
public record ThreePublicTable(LocatedTable source, List<ThreePublicRow> rows) implements TableData {

    public ThreePublicTable {
        rows = List.copyOf(rows);
    }

    @Override
    public TableKind kind() {
        return TableKind.THREE_PUBLIC;
    }

    public Optional<ThreePublicRow> row(ThreePublicItem item) {
        return rows.stream().filter(r -> r.item() == item).findFirst();
    }
}
