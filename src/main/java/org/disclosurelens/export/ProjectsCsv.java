package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.ProjectTable;
import org.disclosurelens.pipeline.DocumentResult;

/** projects.csv: one row per project (绩效目标表). Columns in docs/csv-schema.md. */
public final class ProjectsCsv implements CsvView {

    /** A project with its 1-based number in the document. */
    record Item(int number, ProjectTable table) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        PROJECT("project", (r, i) -> Integer.toString(i.number())),
        TABLE("table", (r, i) -> Integer.toString(i.table().source().index())),
        CODE("code", (r, i) -> i.table().project().code()),
        NAME("name", (r, i) -> i.table().project().name()),
        UNIT_NAME("unit_name", (r, i) -> i.table().project().unitName()),
        BUDGET_WAN("budget_wan", (r, i) -> ColumnOf.wan(i.table().project().budget())),
        FISCAL_WAN("fiscal_wan", (r, i) -> ColumnOf.wan(i.table().project().fiscal())),
        OTHER_WAN("other_wan", (r, i) -> ColumnOf.wan(i.table().project().other())),
        UNIT("unit", (r, i) -> i.table().project().budget().map(a -> a.unit().written()).orElse("")),
        PURPOSE("purpose", (r, i) -> i.table().project().purpose()),
        GOALS("goals", (r, i) -> String.join("\n", i.table().project().goals())),
        INDICATORS("indicators", (r, i) -> Integer.toString(i.table().project().indicators().size())),
        TITLE("title", (r, i) -> i.table().source().title()),
        PAGE("page", (r, i) -> ColumnOf.page(i.table().project().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.table().project().location()));

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
        return "projects.csv";
    }

    @Override
    public List<String> header() {
        return ColumnOf.headers(Column.class);
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        return ColumnOf.rows(Column.class, result, items(result));
    }

    static List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (var data : result.data().recognised()) {
            if (data instanceof ProjectTable p) {
                items.add(new Item(items.size() + 1, p));
            }
        }
        return items;
    }
}
