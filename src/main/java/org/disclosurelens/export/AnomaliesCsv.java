package org.disclosurelens.export;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.disclosurelens.check.Finding;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * anomalies.csv: one row per finding, whichever step raised it. The per-document audit rules
 * write theirs as a {@link CsvView} during the batch; a step that runs after the batch (the
 * corpus-level reuse step) {@link #merge merges} its findings in: its own earlier rows are
 * replaced, the others kept. Columns in docs/csv-schema.md.
 */
public final class AnomaliesCsv implements CsvView {

    public static final String FILE = "anomalies.csv";

    /** A finding on a document: its id, the path of its file, its unit and year (so that a row reads alone). */
    public record Row(String documentId, String path, String unit, String year, Finding finding) implements java.io.Serializable {

        /** The same row with {@code f} as its finding. */
        public Row with(Finding f) {
            return new Row(documentId, path, unit, year, f);
        }
    }

    /** The columns, in order. */
    public enum Column {
        DOCUMENT_ID(DocumentColumns.ID, (r, f) -> r.documentId()),
        PATH(DocumentColumns.PATH, (r, f) -> r.path()),
        UNIT("unit", (r, f) -> r.unit()),
        YEAR("year", (r, f) -> r.year()),
        RULE("rule", (r, f) -> f.rule()),
        CATEGORY("category", (r, f) -> f.category().label()),
        SEVERITY("severity", (r, f) -> f.severity().label()),
        MESSAGE_ZH("message_zh", (r, f) -> f.messageZh()),
        MESSAGE_EN("message_en", (r, f) -> f.messageEn()),
        EXPECTED("expected", (r, f) -> f.expected()),
        ACTUAL("actual", (r, f) -> f.actual()),
        EVIDENCE("evidence", (r, f) -> f.evidence()),
        PART("part", (r, f) -> f.part() == 0 ? "" : Integer.toString(f.part())),
        PAGE("page", (r, f) -> f.location().page() == 0 ? "" : Integer.toString(f.location().page())),
        LINE("line", (r, f) -> f.location().line() == 0 ? "" : Integer.toString(f.location().line())),
        SOURCE("source", (r, f) -> f.source()),
        CONFIDENCE("confidence", (r, f) -> f.confidence()),
        DOUBT("doubt", (r, f) -> f.doubt());

        private final String header;
        private final BiFunction<Row, Finding, String> value;

        Column(String header, BiFunction<Row, Finding, String> value) {
            this.header = header;
            this.value = value;
        }

        public String header() {
            return header;
        }
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public List<String> header() {
        return columns();
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        return result.findings().stream().map(f -> row(new Row(result.id(), result.path(), result.identity().unit(), result.identity().year(), f))).toList();
    }

    public static List<String> columns() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    public static List<String> row(Row row) {
        return Arrays.stream(Column.values()).map(c -> c.value.apply(row, row.finding())).toList();
    }

    /**
     * Rewrites {@code folder}/anomalies.csv with the rows of rules other than {@code rules} as they
     * were, in their order, followed by {@code rows} in the order given. Running a step twice
     * therefore gives the same file, and never loses another step's findings.
     */
    public static void merge(Path folder, Set<String> rules, List<Row> rows) throws IOException {
        List<String[]> kept = others(folder.resolve(FILE), rules);
        try (CsvFile out = new CsvFile(folder.resolve(FILE), columns())) {
            kept.forEach(out::writeRaw);
            rows.forEach(r -> out.write(row(r)));
            out.commit();
        }
    }

    /** The rows of an existing file whose rule is not one of {@code rules}, mapped onto today's columns by name. */
    private static List<String[]> others(Path file, Set<String> rules) throws IOException {
        List<String[]> kept = new ArrayList<>();
        if (!Files.exists(file)) {
            return kept;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                return kept;
            }
            header[0] = header[0].replace("\uFEFF", "");
            int[] from = Arrays.stream(Column.values()).mapToInt(c -> Arrays.asList(header).indexOf(c.header())).toArray();
            for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
                String[] row = new String[from.length];
                for (int c = 0; c < from.length; c++) {
                    row[c] = from[c] >= 0 && from[c] < line.length ? line[from[c]] : "";
                }
                if (!rules.contains(row[Column.RULE.ordinal()])) {
                    kept.add(row);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException(file + " is not a valid CSV: " + e.getMessage(), e);
        }
        return kept;
    }
}
