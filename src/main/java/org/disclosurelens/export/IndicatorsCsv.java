package org.disclosurelens.export;

import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;

/** indicators.csv: one row per performance indicator of each project. Columns in docs/csv-schema.md. */
public final class IndicatorsCsv extends ItemsCsv<IndicatorsCsv.Item, IndicatorsCsv.Column> {

    /** An indicator with the project it belongs to. */
    record Item(ProjectsCsv.Item project, Indicator indicator) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        PROJECT, CODE, LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, VALUE, BASIS, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public IndicatorsCsv() {
        super("indicators.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case PROJECT -> Integer.toString(i.project().number());
            case CODE -> i.project().table().project().code();
            case LEVEL1 -> i.indicator().level1();
            case LEVEL2 -> i.indicator().level2();
            case LEVEL3 -> i.indicator().level3();
            case DESCRIPTION -> i.indicator().description();
            case VALUE -> i.indicator().value();
            case BASIS -> i.indicator().basis();
            case PAGE -> CsvValues.page(i.indicator().location());
            case LINE -> CsvValues.line(i.indicator().location());
            case SOURCE -> CsvValues.source(r, i.indicator().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.indicator().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        return ProjectsCsv.perProject(result, Project::indicators, Item::new);
    }
}
