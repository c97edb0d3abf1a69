package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/** budget_lines.csv: one row per amount of each line of the standard budget tables, with its classification code split into 类/款/项. Columns in docs/csv-schema.md. */
public final class BudgetLinesCsv extends ItemsCsv<BudgetLinesCsv.Item, BudgetLinesCsv.Column> {

    /** One amount of one line of a budget table. */
    record Item(BudgetTable table, BudgetLine line, BudgetLine.ColumnAmount amount) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        TABLE, KIND, TITLE, CLASSIFICATION, CODE, LEI_CODE, KUAN_CODE, XIANG_CODE, LEI_NAME, KUAN_NAME, XIANG_NAME, NAME, ROLE, SECTION, COLUMN, AMOUNT_WAN, UNIT, WRITTEN, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public BudgetLinesCsv() {
        super("budget_lines.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case TABLE -> Integer.toString(i.table().source().index());
            case KIND -> i.table().kind().label();
            case TITLE -> i.table().source().title();
            case CLASSIFICATION -> i.line().code().map(c -> c.system().label()).orElse("");
            case CODE -> i.line().code().map(c -> c.code()).orElse("");
            case LEI_CODE -> i.line().code().map(c -> c.lei()).orElse("");
            case KUAN_CODE -> i.line().code().map(c -> c.kuan()).orElse("");
            case XIANG_CODE -> i.line().code().map(c -> c.xiang()).orElse("");
            case LEI_NAME -> i.line().leiName();
            case KUAN_NAME -> i.line().kuanName();
            case XIANG_NAME -> i.line().xiangName();
            case NAME -> i.line().name();
            case ROLE -> i.line().role().label();
            case SECTION -> i.line().unit();
            case COLUMN -> i.amount().header();
            case AMOUNT_WAN -> i.amount().amount().wanText();
            case UNIT -> i.amount().amount().unit().written();
            case WRITTEN -> i.amount().amount().text();
            case PAGE -> CsvValues.page(i.line().location());
            case LINE -> CsvValues.line(i.line().location());
            case SOURCE -> CsvValues.source(r, i.line().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.line().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (BudgetTable t : result.data().budgetTables()) {
            for (BudgetLine l : t.lines()) {
                l.amounts().forEach(a -> items.add(new Item(t, l, a)));
            }
        }
        return items;
    }
}
