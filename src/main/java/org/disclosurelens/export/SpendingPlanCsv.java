package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.PlanEntry;
import org.disclosurelens.pipeline.DocumentResult;

/** spending_plan.csv: one row per project and date column of its spending plan (资金支出计划). Columns in docs/csv-schema.md. */
public final class SpendingPlanCsv implements CsvView {

    /** A spending-plan entry with the project it belongs to. */
    record Item(ProjectsCsv.Item project, PlanEntry entry) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        PROJECT("project", (r, i) -> Integer.toString(i.project().number())),
        CODE("code", (r, i) -> i.project().table().project().code()),
        PERIOD("period", (r, i) -> i.entry().period()),
        PERCENT("percent", (r, i) -> i.entry().amount().map(a -> a.percentText()).orElse("")),
        AMOUNT_WAN("amount_wan", (r, i) -> ColumnOf.wan(i.entry().amount())),
        TEXT("text", (r, i) -> i.entry().text()),
        PAGE("page", (r, i) -> ColumnOf.page(i.entry().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.entry().location()));

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
        return "spending_plan.csv";
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
            p.table().project().plan().forEach(x -> items.add(new Item(p, x)));
        }
        return items;
    }
}
