package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.AssetRow;
import org.disclosurelens.table.AssetTable;
import org.disclosurelens.pipeline.DocumentResult;

/** assets.csv: one row per item of each fixed-asset table (固定资产占用情况表). Columns in docs/csv-schema.md. */
public final class AssetsCsv implements CsvView {

    /** One item of a fixed-asset table. */
    record Item(AssetTable table, AssetRow row) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        TABLE("table", (r, i) -> Integer.toString(i.table().source().index())),
        ITEM("item", (r, i) -> i.row().item()),
        QUANTITY("quantity", (r, i) -> i.row().quantity()),
        VALUE_WAN("value_wan", (r, i) -> ColumnOf.wan(i.row().value())),
        UNIT("unit", (r, i) -> i.row().value().map(a -> a.unit().written()).orElse("")),
        WRITTEN("written", (r, i) -> i.row().value().map(a -> a.text()).orElse("")),
        PAGE("page", (r, i) -> ColumnOf.page(i.row().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.row().location()));

        private final String header;
        private final BiFunction<DocumentResult, Item, String> value;

        Column(String header, BiFunction<DocumentResult, Item, String> value) {
            this.header = header;
            this.value = value;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public String value(DocumentResult result, Item item) {
            return value.apply(result, item);
        }
    }

    @Override
    public String fileName() {
        return "assets.csv";
    }

    @Override
    public List<String> header() {
        return ColumnOf.headers(Column.class);
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        return ColumnOf.rows(Column.class, result, items(result));
    }

    private static List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (AssetTable t : result.data().assets()) {
            t.rows().forEach(row -> items.add(new Item(t, row)));
        }
        return items;
    }
}
