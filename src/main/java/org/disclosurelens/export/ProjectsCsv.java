package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.Project;
import org.disclosurelens.table.ProjectTable;

/** projects.csv: one row per project (绩效目标表). Columns in docs/csv-schema.md. */
public final class ProjectsCsv extends ItemsCsv<ProjectsCsv.Item, ProjectsCsv.Column> {

    /** A project with its 1-based number in the document. */
    record Item(int number, ProjectTable table) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        PROJECT, TABLE, CODE, NAME, UNIT_NAME, BUDGET_WAN, FISCAL_WAN, OTHER_WAN, UNIT, PURPOSE, GOALS, INDICATORS, TITLE, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public ProjectsCsv() {
        super("projects.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case PROJECT -> Integer.toString(i.number());
            case TABLE -> Integer.toString(i.table().source().index());
            case CODE -> i.table().project().code();
            case NAME -> i.table().project().name();
            case UNIT_NAME -> i.table().project().unitName();
            case BUDGET_WAN -> CsvValues.wan(i.table().project().budget());
            case FISCAL_WAN -> CsvValues.wan(i.table().project().fiscal());
            case OTHER_WAN -> CsvValues.wan(i.table().project().other());
            case UNIT -> i.table().project().budget().map(a -> a.unit().written()).orElse("");
            case PURPOSE -> i.table().project().purpose();
            case GOALS -> String.join("\n", i.table().project().goals());
            case INDICATORS -> Integer.toString(i.table().project().indicators().size());
            case TITLE -> i.table().source().title();
            case PAGE -> CsvValues.page(i.table().project().location());
            case LINE -> CsvValues.line(i.table().project().location());
            case SOURCE -> CsvValues.source(r, i.table().project().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.table().project().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        return projects(result);
    }

    /** One row for each part of each project (its indicators, its plan), with the project it belongs to. */
    static <X, T> List<T> perProject(DocumentResult result, java.util.function.Function<Project, List<X>> parts,
            java.util.function.BiFunction<Item, X, T> row) {
        List<T> rows = new ArrayList<>();
        for (Item p : projects(result)) {
            parts.apply(p.table().project()).forEach(x -> rows.add(row.apply(p, x)));
        }
        return rows;
    }

    /** The document's projects, numbered from 1; indicators.csv and spending_plan.csv refer to them. */
    static List<Item> projects(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (var data : result.data().recognised()) {
            if (data instanceof ProjectTable p) {
                items.add(new Item(items.size() + 1, p));
            }
        }
        return items;
    }
}
