package org.disclosurelens.table;

import java.util.List;

/** A fixed-asset table (固定资产占用情况表). */
public record AssetTable(LocatedTable source, List<AssetRow> rows) implements TableData {

    public AssetTable {
        rows = List.copyOf(rows);
    }

    @Override
    public TableKind kind() {
        return TableKind.FIXED_ASSETS;
    }
}
