package org.disclosurelens.series;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.export.CsvFile;

/**
 * The change on last year's document in panel.csv: for each document whose series (issuer, kind,
 * scope) holds the document of the year before, each headline amount both print, as this year's
 * over last year's, less one (measure {@code <name>_change_on_last_year}, unit {@code change}: 0.05
 * is 5% more, source {@code computed}). Rows of an earlier run of this step are replaced, so the
 * step can run again. panel.csv is streamed twice (the amounts of the paired documents, then the
 * copy with the new rows after each document's own), so a corpus of any size fits.
 */
final class PanelChanges {

    static final String SUFFIX = "_change_on_last_year";
    /** The headline amounts compared, with their Chinese names as panel.csv gives them. */
    private static final Set<String> AMOUNTS = Set.of("income", "expenditure", "basic", "personnel", "public_funds", "project",
            "three_public", "operating_cost");
    private static final String FILE = "panel.csv";

    private PanelChanges() {
    }

    /**
     * Rewrites {@code folder}'s panel.csv with the changes of the documents of {@code earlierOf}
     * (document id to the id of its issuer's document of the year before). Returns the rows added.
     */
    static int write(Path folder, Map<String, String> earlierOf) throws IOException {
        Path panel = folder.resolve(FILE);
        if (!Files.exists(panel)) {
            return 0;
        }
        Set<String> wanted = new java.util.HashSet<>(earlierOf.keySet());
        wanted.addAll(earlierOf.values());
        Map<String, Map<String, Amount>> amounts = new HashMap<>();
        String[] header = read(panel, (h, row) -> {
            if (wanted.contains(row[h.id()]) && AMOUNTS.contains(row[h.measure()]) && row[h.value()].matches("-?\\d+(\\.\\d+)?")) {
                amounts.computeIfAbsent(row[h.id()], k -> new HashMap<>())
                        .putIfAbsent(row[h.measure()], new Amount(new BigDecimal(row[h.value()]), row[h.measureZh()]));
            }
        });
        if (header.length == 0) {
            return 0;
        }
        int[] added = {0};
        try (CsvFile out = new CsvFile(panel, Arrays.asList(header))) {
            List<String[]> document = new ArrayList<>();
            read(panel, (h, row) -> {
                if (!document.isEmpty() && !document.get(0)[h.id()].equals(row[h.id()])) {
                    added[0] += flush(h, document, earlierOf, amounts, out);
                }
                if (!row[h.measure()].endsWith(SUFFIX)) {
                    document.add(row);
                }
            });
            Columns h = Columns.of(header);
            added[0] += flush(h, document, earlierOf, amounts, out);
            out.commit();
        }
        return added[0];
    }

    /** Writes one document's rows, then its changes on last year's document; empties {@code document}. */
    private static int flush(Columns h, List<String[]> document, Map<String, String> earlierOf, Map<String, Map<String, Amount>> amounts,
            CsvFile out) {
        if (document.isEmpty()) {
            return 0;
        }
        document.forEach(out::writeRaw);
        String[] first = document.get(0);
        String id = first[h.id()];
        Map<String, Amount> now = amounts.getOrDefault(id, Map.of());
        Map<String, Amount> before = earlierOf.containsKey(id) ? amounts.getOrDefault(earlierOf.get(id), Map.of()) : Map.of();
        int added = 0;
        for (String measure : AMOUNTS.stream().sorted().toList()) {
            Amount a = now.get(measure);
            Amount b = before.get(measure);
            if (a == null || b == null || b.value().signum() == 0) {
                continue;
            }
            String[] row = first.clone();
            row[h.measure()] = measure + SUFFIX;
            row[h.measureZh()] = a.nameZh() + "比上年文件增减";
            row[h.value()] = a.value().divide(b.value(), 4, RoundingMode.HALF_UP).subtract(BigDecimal.ONE).toPlainString();
            row[h.unit()] = "change";
            row[h.source()] = "computed";
            row[h.page()] = "";
            row[h.line()] = "";
            out.writeRaw(row);
            added++;
        }
        document.clear();
        return added;
    }

    /** A headline amount and its Chinese name. */
    private record Amount(BigDecimal value, String nameZh) {
    }

    /** Where panel.csv keeps the cells this step reads and writes. */
    private record Columns(int id, int measure, int measureZh, int value, int unit, int source, int page, int line) {

        static Columns of(String[] header) {
            List<String> h = Arrays.asList(header);
            return new Columns(h.indexOf("document_id"), h.indexOf("measure"), h.indexOf("measure_zh"), h.indexOf("value"),
                    h.indexOf("unit"), h.indexOf("source"), h.indexOf("page"), h.indexOf("line"));
        }
    }

    /** What to do with each row. */
    private interface RowHandler {
        void row(Columns h, String[] row);
    }

    /** Streams panel.csv's rows to {@code handler}; returns its header (none for an empty file). */
    private static String[] read(Path panel, RowHandler handler) throws IOException {
        try (Reader in = Files.newBufferedReader(panel); CSVReader csv = CsvFile.reader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                return new String[0];
            }
            header[0] = header[0].replace("\uFEFF", "");
            Columns h = Columns.of(header);
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                if (row.length == header.length) {
                    handler.row(h, row);
                }
            }
            return header;
        } catch (NoSuchFileException e) {
            return new String[0];
        } catch (CsvValidationException e) {
            throw new IOException(panel + " is not a valid CSV: " + e.getMessage(), e);
        }
    }
}
