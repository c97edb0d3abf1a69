package org.disclosurelens.export;

import java.util.List;
import java.util.function.BiFunction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.pipeline.DocumentResult;

/** figures.csv: one row per amount stated in prose. Columns in docs/csv-schema.md. */
public final class FiguresCsv implements CsvView {

    /** The columns, in order. */
    public enum Column implements ColumnOf<ProseFigure> {
        DOCUMENT_ID("document_id", (r, f) -> r.id()),
        PART("part", (r, f) -> ColumnOf.part(f.part())),
        LABEL_PATH("label_path", (r, f) -> f.path()),
        LABEL("label", (r, f) -> f.label()),
        AMOUNT_WAN("amount_wan", (r, f) -> f.amount().wanText()),
        PERCENT("percent", (r, f) -> f.amount().percentText()),
        UNIT("unit", (r, f) -> f.amount().unit().written()),
        WRITTEN("written", (r, f) -> f.amount().text()),
        DIRECTION("direction", (r, f) -> f.direction().label()),
        BASE("base", (r, f) -> f.base()),
        SENTENCE("sentence", (r, f) -> f.sentence()),
        PAGE("page", (r, f) -> ColumnOf.page(f.location())),
        LINE("line", (r, f) -> ColumnOf.line(f.location()));

        private final String header;
        private final BiFunction<DocumentResult, ProseFigure, String> value;

        Column(String header, BiFunction<DocumentResult, ProseFigure, String> value) {
            this.header = header;
            this.value = value;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public String value(DocumentResult result, ProseFigure item) {
            return value.apply(result, item);
        }
    }

    @Override
    public String fileName() {
        return "figures.csv";
    }

    @Override
    public List<String> header() {
        return ColumnOf.headers(Column.class);
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        return ColumnOf.rows(Column.class, result, result.data().figures());
    }
}
