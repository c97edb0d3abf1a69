package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.Organisation;
import org.disclosurelens.table.OrganisationTable;
import org.disclosurelens.pipeline.DocumentResult;

/** organisations.csv: one row per unit of each 机构设置 table. Columns in docs/csv-schema.md. */
public final class OrganisationsCsv implements CsvView {

    /** One unit of a 机构设置 table. */
    record Item(OrganisationTable table, Organisation unit) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        TABLE("table", (r, i) -> Integer.toString(i.table().source().index())),
        NAME("name", (r, i) -> i.unit().name()),
        NATURE("nature", (r, i) -> i.unit().nature()),
        GRADE("grade", (r, i) -> i.unit().grade()),
        FUNDING("funding", (r, i) -> i.unit().funding()),
        PAGE("page", (r, i) -> ColumnOf.page(i.unit().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.unit().location()));

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
        return "organisations.csv";
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
        for (OrganisationTable t : result.data().organisations()) {
            t.units().forEach(u -> items.add(new Item(t, u)));
        }
        return items;
    }
}
