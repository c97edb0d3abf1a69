package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import java.util.ArrayList;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.pipeline.DocumentResult;

/** budget_lines.csv: one row per amount of each line of the standard budget tables, with its classification code split into 类/款/项. Columns in docs/csv-schema.md. */
public final class BudgetLinesCsv implements CsvView {

    /** One amount of one line of a budget table. */
    record Item(BudgetTable table, BudgetLine line, BudgetLine.ColumnAmount amount) {
    }

    /** The columns, in order. */
    public enum Column implements ColumnOf<Item> {
        DOCUMENT_ID("document_id", (r, i) -> r.id()),
        TABLE("table", (r, i) -> Integer.toString(i.table().source().index())),
        KIND("kind", (r, i) -> i.table().kind().label()),
        TITLE("title", (r, i) -> i.table().source().title()),
        CLASSIFICATION("classification", (r, i) -> i.line().code().map(c -> c.system().label()).orElse("")),
        CODE("code", (r, i) -> i.line().code().map(c -> c.code()).orElse("")),
        LEI_CODE("lei_code", (r, i) -> i.line().code().map(c -> c.lei()).orElse("")),
        KUAN_CODE("kuan_code", (r, i) -> i.line().code().map(c -> c.kuan()).orElse("")),
        XIANG_CODE("xiang_code", (r, i) -> i.line().code().map(c -> c.xiang()).orElse("")),
        LEI_NAME("lei_name", (r, i) -> i.line().leiName()),
        KUAN_NAME("kuan_name", (r, i) -> i.line().kuanName()),
        XIANG_NAME("xiang_name", (r, i) -> i.line().xiangName()),
        NAME("name", (r, i) -> i.line().name()),
        COLUMN("column", (r, i) -> i.amount().header()),
        AMOUNT_WAN("amount_wan", (r, i) -> i.amount().amount().wanText()),
        UNIT("unit", (r, i) -> i.amount().amount().unit().written()),
        WRITTEN("written", (r, i) -> i.amount().amount().text()),
        PAGE("page", (r, i) -> ColumnOf.page(i.line().location())),
        LINE("line", (r, i) -> ColumnOf.line(i.line().location()));

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
        return "budget_lines.csv";
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
        for (BudgetTable t : result.data().budgetTables()) {
            for (BudgetLine l : t.lines()) {
                l.amounts().forEach(a -> items.add(new Item(t, l, a)));
            }
        }
        return items;
    }
}
