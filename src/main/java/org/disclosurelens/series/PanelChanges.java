package org.disclosurelens.series;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * copy with the new rows after each document's own, {@link CsvFile#forEach}), so a corpus of any size fits.
 */
final class PanelChanges {

    static final String SUFFIX = "_change_on_last_year";
    /** The headline amounts compared, with their Chinese names as panel.csv gives them. */
    private static final Set<String> AMOUNTS = Set.of("income", "expenditure", "basic", "personnel", "public_funds", "project",
            "three_public", "operating_cost");
    private static final String FILE = org.disclosurelens.export.PanelCsv.FILE;

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
        Set<String> wanted = new HashSet<>(earlierOf.keySet());
        wanted.addAll(earlierOf.values());
        Map<String, Map<String, Amount>> amounts = new HashMap<>();
        List<String> header = new ArrayList<>();
        CsvFile.forEach(panel, row -> {
            if (header.isEmpty()) {
                header.addAll(row.keySet());
            }
            if (wanted.contains(row.get("document_id")) && AMOUNTS.contains(row.get("measure"))
                    && row.get("value").matches("-?\\d+(\\.\\d+)?")) {
                amounts.computeIfAbsent(row.get("document_id"), k -> new HashMap<>())
                        .putIfAbsent(row.get("measure"), new Amount(new BigDecimal(row.get("value")), row.get("measure_zh")));
            }
        });
        if (header.isEmpty()) {
            return 0;
        }
        int[] added = {0};
        try (CsvFile out = new CsvFile(panel, header)) {
            List<Map<String, String>> document = new ArrayList<>();
            CsvFile.forEach(panel, row -> {
                if (!document.isEmpty() && !document.get(0).get("document_id").equals(row.get("document_id"))) {
                    added[0] += flush(document, earlierOf, amounts, out);
                }
                if (!row.get("measure").endsWith(SUFFIX)) {
                    document.add(row);
                }
            });
            added[0] += flush(document, earlierOf, amounts, out);
            out.commit();
        }
        return added[0];
    }

    /** Writes one document's rows, then its changes on last year's document; empties {@code document}. */
    private static int flush(List<Map<String, String>> document, Map<String, String> earlierOf, Map<String, Map<String, Amount>> amounts,
            CsvFile out) {
        if (document.isEmpty()) {
            return 0;
        }
        document.forEach(row -> out.writeRaw(row.values().toArray(String[]::new)));
        Map<String, String> first = document.get(0);
        String id = first.get("document_id");
        Map<String, Amount> now = amounts.getOrDefault(id, Map.of());
        Map<String, Amount> before = earlierOf.containsKey(id) ? amounts.getOrDefault(earlierOf.get(id), Map.of()) : Map.of();
        int added = 0;
        for (String measure : AMOUNTS.stream().sorted().toList()) {
            Amount a = now.get(measure);
            Amount b = before.get(measure);
            if (a == null || b == null || b.value().signum() == 0) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>(first);
            row.put("measure", measure + SUFFIX);
            row.put("measure_zh", a.nameZh() + "比上年文件增减");
            row.put("value", a.value().divide(b.value(), 4, RoundingMode.HALF_UP).subtract(BigDecimal.ONE).toPlainString());
            row.put("unit", "change");
            row.put("source", "computed");
            row.put("page", "");
            row.put("line", "");
            out.writeRaw(row.values().toArray(String[]::new));
            added++;
        }
        document.clear();
        return added;
    }

    /** A headline amount and its Chinese name. */
    private record Amount(BigDecimal value, String nameZh) {
    }
}
