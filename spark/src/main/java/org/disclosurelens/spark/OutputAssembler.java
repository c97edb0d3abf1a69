package org.disclosurelens.spark;

import static org.apache.spark.sql.functions.col;
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
import org.apache.spark.TaskContext;
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
 * ({@link OutputFolder#commit}). The rows are range-partitioned by their place in the input, so
 * each task writes the rows of one stretch of it, sorted, into part files; the driver joins the
 * parts in order, byte for byte, without reading a row, and receives only the count per status.
 */
final class OutputAssembler {

    private static final String FIRST = "first";
    private static final String FIRST_DOCUMENTS = "first_documents";
    private static final String FIRST_STATUS = "first_status";
    /** Rows per writing task: enough to outweigh a task's start, few enough to share the work. */
    private static final long ROWS_PER_PART = 2_000;

    private OutputAssembler() {
    }

    /** Returns the number of files per status ({@code OK}, {@code PARTIAL}, {@code ERROR}). */
    static Map<String, Long> assemble(Dataset<Row> results, long documents, Path out, Path jsonStore) throws IOException {
        Dataset<Row> firsts = results.groupBy(col(Outcome.ID)).agg(min(col(Outcome.INDEX)).as(FIRST));
        Dataset<Row> firstDocuments = results.select(col(Outcome.INDEX).as(FIRST),
                col(Outcome.column(DocumentsCsv.FILE)).as(FIRST_DOCUMENTS),
                col(Outcome.STATUS).as(FIRST_STATUS));
        int parts = (int) Math.max(1, Math.min(200, (documents + ROWS_PER_PART - 1) / ROWS_PER_PART));
        Dataset<Row> rows = results.join(firsts, Outcome.ID).join(firstDocuments, FIRST)
                .repartitionByRange(parts, col(Outcome.INDEX)).sortWithinPartitions(Outcome.INDEX);
        Path partsFolder = out.resolve(ResultStore.FOLDER).resolve("parts");
        OutputFolder.deleteTree(partsFolder);
        Path jsonTmp = out.resolve(OutputFolder.JSON + OutputFolder.TMP);
        OutputFolder.deleteTree(jsonTmp);
        Files.createDirectories(jsonTmp);
        String outName = out.toAbsolutePath().toString();
        String storeName = jsonStore.toAbsolutePath().toString();
        List<String> counts = rows.mapPartitions((MapPartitionsFunction<Row, String>) it -> writePart(it, Path.of(outName),
                Path.of(storeName)), Encoders.STRING()).collectAsList();
        try {
            joinParts(out, partsFolder);
        } finally {
            OutputFolder.deleteTree(partsFolder);
        }
        OutputFolder.commit(out, OutputViews.all().stream().map(CsvView::fileName).toList(), true);
        Map<String, Long> byStatus = new TreeMap<>();
        for (String count : counts) {
            String[] f = count.split("=");
            byStatus.merge(f[0], Long.parseLong(f[1]), Long::sum);
        }
        return byStatus;
    }

    /** Each view's file: the header, then the parts in partition order, the order of the input. */
    private static void joinParts(Path out, Path partsFolder) throws IOException {
        List<Integer> parts = new ArrayList<>();
        if (Files.isDirectory(partsFolder)) {
            try (var listed = Files.list(partsFolder)) {
                listed.forEach(p -> parts.add(Integer.parseInt(p.getFileName().toString())));
            }
        }
        parts.sort(null);
        for (CsvView view : OutputViews.all()) {
            try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(
                    OutputFolder.inside(out, view.fileName() + OutputFolder.TMP)), 1 << 16)) {
                csv.write(OutputFolder.csvHeader(view.header()).getBytes(StandardCharsets.UTF_8));
                for (int part : parts) {
                    Files.copy(partsFolder.resolve(Integer.toString(part)).resolve(view.fileName()), csv);
                }
            }
        }
    }

    /** One task: its rows of every CSV, in index order, its documents' JSON linked into json.tmp/; then the counts as "STATUS=n". */
    private static Iterator<String> writePart(Iterator<Row> rows, Path out, Path jsonStore) throws IOException {
        if (!rows.hasNext()) {
            return List.<String>of().iterator();
        }
        List<CsvView> views = OutputViews.all();
        CsvView documents = views.stream().filter(v -> v.fileName().equals(DocumentsCsv.FILE)).findFirst().orElseThrow();
        Path jsonTmp = out.resolve(OutputFolder.JSON + OutputFolder.TMP);
        // A retried task starts its part again.
        Path part = out.resolve(ResultStore.FOLDER).resolve("parts").resolve(Integer.toString(TaskContext.getPartitionId()));
        OutputFolder.deleteTree(part);
        Files.createDirectories(part);
        Map<String, Long> counts = new TreeMap<>();
        List<OutputStream> csvs = new ArrayList<>();
        try {
            for (CsvView view : views) {
                csvs.add(new BufferedOutputStream(Files.newOutputStream(part.resolve(view.fileName())), 1 << 16));
            }
            while (rows.hasNext()) {
                Row row = rows.next();
                long index = row.getLong(row.fieldIndex(Outcome.INDEX));
                String path = row.getString(row.fieldIndex(Outcome.PATH));
                if (index != row.getLong(row.fieldIndex(FIRST))) {
                    counts.merge(row.getString(row.fieldIndex(FIRST_STATUS)), 1L, Long::sum);
                    byte[] first = row.getString(row.fieldIndex(FIRST_DOCUMENTS)).getBytes(StandardCharsets.UTF_8);
                    csvs.get(views.indexOf(documents)).write(DocumentsCsv.copyRow(first, path).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                counts.merge(row.getString(row.fieldIndex(Outcome.STATUS)), 1L, Long::sum);
                for (int i = 0; i < views.size(); i++) {
                    String share = row.getString(row.fieldIndex(Outcome.column(views.get(i).fileName())));
                    csvs.get(i).write(share.getBytes(StandardCharsets.UTF_8));
                }
                String key = row.getString(row.fieldIndex(Outcome.KEY));
                OutputFolder.link(jsonStore.resolve(key + ".json"), OutputFolder.inside(jsonTmp, row.getString(row.fieldIndex(Outcome.ID)) + ".json"));
            }
        } finally {
            for (OutputStream csv : csvs) {
                csv.close();
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).iterator();
    }
}
