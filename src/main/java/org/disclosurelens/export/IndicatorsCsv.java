package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.pipeline.DocumentResult;

/** indicators.csv: one row per performance indicator of each project. Columns in docs/csv-schema.md. */
public final class IndicatorsCsv implements CsvView {

    /** An indicator with the project it belongs to. */
    record Item(ProjectsCsv.Item project, Indicator indicator) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        PROJECT("project", (r, i) -> Integer.toString(i.project().number())),
        CODE("code", (r, i) -> i.project().table().project().code()),
        LEVEL1("level1", (r, i) -> i.indicator().level1()),
        LEVEL2("level2", (r, i) -> i.indicator().level2()),
        LEVEL3("level3", (r, i) -> i.indicator().level3()),
        DESCRIPTION("description", (r, i) -> i.indicator().description()),
        VALUE("value", (r, i) -> i.indicator().value()),
        BASIS("basis", (r, i) -> i.indicator().basis()),
        PAGE("page", (r, i) -> ColumnOf.page(i.indicator().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.indicator().location()));

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
        return "indicators.csv";
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
        for (ProjectsCsv.Item p : ProjectsCsv.items(result)) {
            p.table().project().indicators().forEach(x -> items.add(new Item(p, x)));
        }
        return items;
    }
}
