package org.disclosurelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.min;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.DocumentsCsv;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;

/**
 * Writes the CSVs and json/ of the results table into the output folder, in input order, exactly
 * as {@code analyze}'s assembly does (a file with the bytes of one before it gets that file's
 * documents.csv row with its own path and nothing else), and commits them as one set
 * ({@link OutputFolder#commit}). The rows are sorted by a shuffle and written by one task, in an
 * executor: the driver receives only the count of documents per status.
 */
final class OutputAssembler {

    private static final String FIRST = "first";
    private static final String FIRST_DOCUMENTS = "first_documents";

    private OutputAssembler() {
    }

    /** Returns the number of files per status ({@code OK}, {@code PARTIAL}, {@code ERROR}). */
    static Map<String, Long> assemble(Dataset<Row> results, Path out) throws IOException {
        Dataset<Row> firsts = results.groupBy(col(Outcome.ID)).agg(min(col(Outcome.INDEX)).as(FIRST));
        Dataset<Row> firstDocuments = results.select(col(Outcome.INDEX).as(FIRST),
                element_at(col(Outcome.CSV), Outcome.documentsView() + 1).as(FIRST_DOCUMENTS),
                col(Outcome.STATUS).as("first_status"));
        Dataset<Row> rows = results.join(firsts, Outcome.ID).join(firstDocuments, FIRST)
                .repartition(1).sortWithinPartitions(Outcome.INDEX);
        String folder = out.toAbsolutePath().toString();
        List<String> counts = rows.mapPartitions((MapPartitionsFunction<Row, String>) it -> write(it, Path.of(folder)),
                Encoders.STRING()).collectAsList();
        OutputFolder.commit(out, OutputViews.all().stream().map(CsvView::fileName).toList(), true);
        Map<String, Long> byStatus = new TreeMap<>();
        for (String count : counts) {
            String[] f = count.split("=");
            byStatus.merge(f[0], Long.parseLong(f[1]), Long::sum);
        }
        return byStatus;
    }

    /** The one task: CSV rows and JSON files in index order, then the counts as "STATUS=n". */
    private static Iterator<String> write(Iterator<Row> rows, Path out) throws IOException {
        List<CsvView> views = OutputViews.all();
        int documents = Outcome.documentsView();
        Path jsonTmp = out.resolve(OutputFolder.JSON + OutputFolder.TMP);
        OutputFolder.deleteTree(jsonTmp);
        Files.createDirectories(jsonTmp);
        Map<String, Long> counts = new TreeMap<>();
        List<OutputStream> csvs = new ArrayList<>();
        try {
            for (CsvView view : views) {
                OutputStream csv = new BufferedOutputStream(Files.newOutputStream(
                        OutputFolder.inside(out, view.fileName() + OutputFolder.TMP)), 1 << 16);
                csvs.add(csv);
                csv.write(OutputFolder.csvHeader(view.header()).getBytes(StandardCharsets.UTF_8));
            }
            while (rows.hasNext()) {
                Row row = rows.next();
                long index = row.getLong(row.fieldIndex(Outcome.INDEX));
                String path = row.getString(row.fieldIndex(Outcome.PATH));
                if (index != row.getLong(row.fieldIndex(FIRST))) {
                    counts.merge(row.getString(row.fieldIndex("first_status")), 1L, Long::sum);
                    byte[] first = row.getString(row.fieldIndex(FIRST_DOCUMENTS)).getBytes(StandardCharsets.UTF_8);
                    csvs.get(documents).write(DocumentsCsv.copyRow(first, path).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                counts.merge(row.getString(row.fieldIndex(Outcome.STATUS)), 1L, Long::sum);
                List<String> parts = row.getList(row.fieldIndex(Outcome.CSV));
                for (int i = 0; i < views.size(); i++) {
                    csvs.get(i).write(parts.get(i).getBytes(StandardCharsets.UTF_8));
                }
                String id = row.getString(row.fieldIndex(Outcome.ID));
                Files.writeString(OutputFolder.inside(jsonTmp, id + ".json"), row.getString(row.fieldIndex(Outcome.JSON)),
                        StandardCharsets.UTF_8);
            }
        } finally {
            for (OutputStream csv : csvs) {
                csv.close();
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).iterator();
    }
}
