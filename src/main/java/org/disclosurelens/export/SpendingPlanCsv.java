package org.disclosurelens.export;

import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.PlanEntry;
import org.disclosurelens.table.Project;

/** spending_plan.csv: one row per project and date column of its spending plan (资金支出计划). Columns in docs/csv-schema.md. */
public final class SpendingPlanCsv extends ItemsCsv<SpendingPlanCsv.Item, SpendingPlanCsv.Column> {

    /** A spending-plan entry with the project it belongs to. */
    record Item(ProjectsCsv.Item project, PlanEntry entry) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        PROJECT, CODE, PERIOD, PERCENT, AMOUNT_WAN, TEXT, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public SpendingPlanCsv() {
        super("spending_plan.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case PROJECT -> Integer.toString(i.project().number());
            case CODE -> i.project().table().project().code();
            case PERIOD -> i.entry().period();
            case PERCENT -> i.entry().amount().map(a -> a.percentText()).orElse("");
            case AMOUNT_WAN -> CsvValues.wan(i.entry().amount());
            case TEXT -> i.entry().text();
            case PAGE -> CsvValues.page(i.entry().location());
            case LINE -> CsvValues.line(i.entry().location());
            case SOURCE -> CsvValues.source(r, i.entry().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.entry().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        return ProjectsCsv.perProject(result, Project::plan, Item::new);
    }
}
