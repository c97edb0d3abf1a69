package org.disclosurelens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.disclosurelens.batch.BatchJob;
import org.disclosurelens.cli.CorpusSteps;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.reuse.ReuseSettings;

/**
 * One run of the Spark job: lists the input on the driver, analyses the documents in the executors
 * (skipping those an earlier run into the same folder finished), keeps every document's outcome
 * in the results table, assembles the CSVs and json/ as {@code analyze} does, runs the corpus steps
 * on them and writes the Parquet tables.
 */
public final class AnalyzeJob {

    /**
     * How to run: {@code input} a folder, file, Hadoop URI or manifest; {@code out} a local (or
     * mounted) folder; {@code csv} whether the CSVs stay beside the Parquet tables; {@code reuse}
     * the copy detection's thresholds, null to skip it; {@code partitions} zero for four per core
     * and at most 200 documents each.
     */
    public record Settings(String input, Path out, boolean csv, RunSettings run, ReuseSettings reuse, int partitions,
                           boolean quiet) {
    }

    /**
     * What a run did: files listed, analysed now, taken from the earlier run, files per status, the
     * Parquet tables written, and the wall time of each phase in seconds, in order.
     */
    public record Summary(long files, long analysed, long kept, Map<String, Long> byStatus, List<String> tables,
                          Map<String, Double> phases) {
    }

    private final SparkSession spark;
    private final Settings settings;

    public AnalyzeJob(SparkSession spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public Summary run(PrintWriter stdout, PrintWriter err) throws IOException {
        Map<String, Double> phases = new LinkedHashMap<>();
        long start = System.nanoTime();
        Path out = Files.createDirectories(settings.out()).toAbsolutePath().normalize();
        OutputFolder.recover(out);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> files = InputListing.list(settings.input(), out, context.hadoopConfiguration());
        if (files.isEmpty()) {
            throw new IOException("no files to analyse in " + settings.input()
                    + " (hidden files, *.md notes and the output folder are skipped)");
        }
        start = phase(phases, "list the input", start);
        ResultStore store = new ResultStore(out, fingerprint());
        Optional<Dataset<Row>> earlier = store.earlier(spark);
        Set<String> done = ResultStore.doneKeys(earlier);
        Broadcast<Set<String>> doneKeys = context.broadcast(done);
        Broadcast<SerializableConfiguration> hadoop = context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));
        RunSettings run = settings.run();
        String jsonStore = store.jsonFolder().toString();
        // Four tasks a core at least, and at most 200 documents a task, so a lost executor costs little.
        int partitions = settings.partitions() > 0 ? settings.partitions()
                : Math.max(1, Math.min(files.size(), Math.max(4 * context.defaultParallelism(), (files.size() + 199) / 200)));

        context.setJobDescription("analyse the documents");
        JavaRDD<Row> outcomes = context.parallelize(files, partitions).mapPartitions(
                it -> new DocumentRunner(run, doneKeys.value(), hadoop.value().value(), Path.of(jsonStore)).run(it));
        // Read twice below when an earlier run left results (the new documents, and the kept ones'
        // places): kept, so that no document is analysed twice.
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        Dataset<Row> fresh = spark.createDataFrame(outcomes, Outcome.SCHEMA);
        Dataset<Row> results = fresh.filter(col(Outcome.STATUS).isNotNull());
        if (earlier.isPresent()) {
            Dataset<Row> kept = fresh.filter(col(Outcome.STATUS).isNull())
                    .select(Outcome.INDEX, Outcome.PATH, Outcome.KEY, Outcome.KEPT)
                    .join(earlier.get().drop(Outcome.INDEX, Outcome.PATH, Outcome.KEPT), Outcome.KEY);
            results = results.unionByName(kept);
        }
        Dataset<Row> stored = store.replace(spark, results);
        outcomes.unpersist(false);
        start = phase(phases, "analyse the documents", start);

        context.setJobDescription("write the CSVs and json/");
        long kept = stored.filter(col(Outcome.KEPT)).count();
        Map<String, Long> byStatus = OutputAssembler.assemble(stored, files.size(), out, store.jsonFolder());
        store.keepOnly(new java.util.HashSet<>(stored.select(Outcome.KEY).as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));
        start = phase(phases, "write the CSVs and json/", start);

        // The tables the corpus steps leave alone are built from the results while the steps run on the driver.
        Set<String> untouched = new java.util.HashSet<>();
        OutputViews.all().forEach(v -> untouched.add(v.fileName()));
        untouched.removeAll(CorpusSteps.REWRITES);
        CompletableFuture<List<String>> early = CompletableFuture.supplyAsync(() -> {
            context.setJobDescription("write the Parquet tables");
            try {
                return ParquetTables.fromResults(spark, stored, out, untouched);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        context.setJobDescription("corpus steps");
        int code = CorpusSteps.run(out, new CorpusSteps.Settings(settings.reuse(),
                new CorpusSteps.Work(new SparkReuseWork(context), new SparkSeriesWork(context)), run.ruleChoice(), true, false,
                settings.quiet()), stdout, err);
        List<String> tables = new ArrayList<>(join(early));
        if (code != 0) {
            throw new IOException("a corpus step failed (see above); the documents' outputs are complete in " + out);
        }
        start = phase(phases, "corpus steps (and the tables they leave alone)", start);

        context.setJobDescription("write the Parquet tables");
        tables.addAll(ParquetTables.fromCsvs(spark, out, name -> !untouched.contains(name)));
        tables.sort(null);
        ParquetTables.writeInputs(spark, out, files);
        if (!settings.csv()) {
            for (String table : tables) {
                Files.deleteIfExists(out.resolve(table + ".csv"));
            }
        }
        phase(phases, "write the Parquet tables", start);
        return new Summary(files.size(), files.size() - kept, kept, byStatus, tables, phases);
    }

    private static List<String> join(CompletableFuture<List<String>> tables) throws IOException {
        try {
            return tables.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    private static long phase(Map<String, Double> phases, String name, long start) {
        long now = System.nanoTime();
        phases.put(name, (now - start) / 1e9);
        return now;
    }

    /** What the stored results depend on besides the input, as for analyze's cache. */
    private String fingerprint() throws IOException {
        StringBuilder f = new StringBuilder("disclosure-lens spark results 1\n");
        f.append("program ").append(BatchJob.programStamp()).append('\n');
        f.append("max-bytes ").append(settings.run().maxBytes()).append('\n');
        f.append("rules ").append(settings.run().rules()).append('\n');
        for (CsvView view : OutputViews.all()) {
            f.append("view ").append(view.fileName()).append(' ').append(String.join(",", view.header())).append('\n');
        }
        return f.toString();
    }
}
