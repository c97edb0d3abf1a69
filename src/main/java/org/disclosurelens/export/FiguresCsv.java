package org.disclosurelens.export;

import java.util.List;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.pipeline.DocumentResult;

/** figures.csv: one row per amount stated in prose. Columns in docs/csv-schema.md. */
public final class FiguresCsv extends ItemsCsv<ProseFigure, FiguresCsv.Column> {

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        PART, LABEL_PATH, LABEL, AMOUNT_WAN, PERCENT, UNIT, WRITTEN, DIRECTION, BASE, SENTENCE, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public FiguresCsv() {
        super("figures.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, ProseFigure f) {
        return switch (column) {
            case PART -> CsvValues.part(f.part());
            case LABEL_PATH -> f.path();
            case LABEL -> f.label();
            case AMOUNT_WAN -> f.amount().wanText();
            case PERCENT -> f.amount().percentText();
            case UNIT -> f.amount().unit().written();
            case WRITTEN -> f.amount().text();
            case DIRECTION -> f.direction().label();
            case BASE -> f.base();
            case SENTENCE -> f.sentence();
            case PAGE -> CsvValues.page(f.location());
            case LINE -> CsvValues.line(f.location());
            case SOURCE -> CsvValues.source(r, f.location());
            case CONFIDENCE -> CsvValues.confidence(r, f.location());
        };
    }

    @Override
    List<ProseFigure> items(DocumentResult result) {
        return result.data().figures();
    }
}
