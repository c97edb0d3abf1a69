package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;
import org.disclosurelens.pipeline.DocumentResult;

/** three_public.csv: one row per item of each “三公” table. Columns in docs/csv-schema.md. */
public final class ThreePublicCsv implements CsvView {

    /** One item of a “三公” table. */
    record Item(ThreePublicTable table, ThreePublicRow row) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        TABLE("table", (r, i) -> Integer.toString(i.table().source().index())),
        ITEM("item", (r, i) -> i.row().item().label()),
        LABEL("label", (r, i) -> i.row().label()),
        PREVIOUS_HEADER("previous_header", (r, i) -> i.row().previousHeader()),
        PREVIOUS_WAN("previous_wan", (r, i) -> ColumnOf.wan(i.row().previous())),
        CURRENT_HEADER("current_header", (r, i) -> i.row().currentHeader()),
        CURRENT_WAN("current_wan", (r, i) -> ColumnOf.wan(i.row().current())),
        CHANGE_WAN("change_wan", (r, i) -> ColumnOf.wan(i.row().change())),
        REASON("reason", (r, i) -> i.row().reason()),
        UNIT("unit", (r, i) -> i.row().current().or(() -> i.row().previous()).map(a -> a.unit().written()).orElse("")),
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
        return "three_public.csv";
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
        for (ThreePublicTable t : result.data().threePublic()) {
            t.rows().forEach(row -> items.add(new Item(t, row)));
        }
        return items;
    }
}
