package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.AssetRow;
import org.disclosurelens.table.AssetTable;

/** assets.csv: one row per item of each fixed-asset table (固定资产占用情况表). Columns in docs/csv-schema.md. */
public final class AssetsCsv extends ItemsCsv<AssetsCsv.Item, AssetsCsv.Column> {

    /** One item of a fixed-asset table. */
    record Item(AssetTable table, AssetRow row) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        TABLE, ITEM, QUANTITY, VALUE_WAN, UNIT, WRITTEN, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public AssetsCsv() {
        super("assets.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case TABLE -> Integer.toString(i.table().source().index());
            case ITEM -> i.row().item();
            case QUANTITY -> i.row().quantity();
            case VALUE_WAN -> CsvValues.wan(i.row().value());
            case UNIT -> i.row().value().map(a -> a.unit().written()).orElse("");
            case WRITTEN -> i.row().value().map(a -> a.text()).orElse("");
            case PAGE -> CsvValues.page(i.row().location());
            case LINE -> CsvValues.line(i.row().location());
            case SOURCE -> CsvValues.source(r, i.row().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.row().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (AssetTable t : result.data().assets()) {
            t.rows().forEach(row -> items.add(new Item(t, row)));
        }
        return items;
    }
}
