package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.disclosurelens.model.Table;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.HeaderRows;
import org.disclosurelens.table.LocatedTable;

/** tables.csv: every non-blank cell of every table, with its header path. Columns in docs/csv-schema.md. */
public final class TablesCsv implements CsvView {

    /** One cell of one table. */
    record Item(LocatedTable table, String kind, HeaderRows headers, Table.Placed cell) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        TABLE("table", (r, i) -> Integer.toString(i.table().index())),
        KIND("kind", (r, i) -> i.kind()),
        READ("read", (r, i) -> r.data().recognised(i.table().index()).isPresent() ? "yes" : "no"),
        TITLE("title", (r, i) -> i.table().title()),
        UNIT("unit", (r, i) -> i.table().unit().map(u -> u.written()).orElse("")),
        PART("part", (r, i) -> ColumnOf.part(i.table().part())),
        ROW("row", (r, i) -> Integer.toString(i.cell().row())),
        COLUMN("column", (r, i) -> Integer.toString(i.cell().column())),
        ROW_SPAN("row_span", (r, i) -> Integer.toString(i.cell().cell().rowSpan())),
        COL_SPAN("col_span", (r, i) -> Integer.toString(i.cell().cell().colSpan())),
        ROLE("role", (r, i) -> i.headers().role(i.cell().row())),
        HEADER_PATH("header_path", (r, i) -> i.headers().role(i.cell().row()).equals("data")
                && i.cell().column() < i.headers().paths().size() ? i.headers().paths().get(i.cell().column()) : ""),
        TEXT("text", (r, i) -> i.cell().cell().text()),
        PAGE("page", (r, i) -> ColumnOf.page(i.table().location(i.cell().row()))),
        LINE("line", (r, i) -> ColumnOf.line(i.table().location(i.cell().row())));

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
        return "tables.csv";
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
        for (LocatedTable t : result.data().tables()) {
            var recognised = result.data().recognised(t.index());
            String kind = recognised.map(d -> d.kind().label()).orElse(t.titleKind().label());
            HeaderRows headers = HeaderRows.of(t, recognised.orElse(null));
            for (Table.Placed p : t.table().placements()) {
                if (!p.cell().text().isBlank()) {
                    items.add(new Item(t, kind, headers, p));
                }
            }
        }
        return items;
    }
}
