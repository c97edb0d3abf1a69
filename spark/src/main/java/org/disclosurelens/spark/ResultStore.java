package org.disclosurelens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelens.export.OutputFolder;

/**
 * Every document's {@link Outcome}, kept as Parquet in the output folder's {@code .spark/results}
 * between runs (its JSON beside, in {@code .spark/json/<key>.json}), so a rerun analyses only what is new (by content and path, the key {@code analyze
 * --resume} uses) or was stopped by a limit. A run writes the new table beside the old and swaps
 * it in: a job killed while writing leaves the previous table. The table is kept only for the
 * same program, views and options (its fingerprint), as {@code analyze}'s cache is.
 */
final class ResultStore {

    static final String FOLDER = ".spark";
    private static final String RESULTS = "results";
    private static final String PRINT = "fingerprint";
    private static final String JSON = "json";

    private final Path dir;
    private final String fingerprint;

    ResultStore(Path out, String fingerprint) throws IOException {
        this.dir = Files.createDirectories(out.resolve(FOLDER));
        this.fingerprint = fingerprint;
        Path old = dir.resolve(RESULTS + ".old");
        if (!Files.exists(dir.resolve(RESULTS)) && Files.exists(old)) {
            Files.move(old, dir.resolve(RESULTS)); // killed between the two renames of a swap
        }
    }

    /** Where each document's JSON is kept, as {@code <key>.json}, between runs. */
    Path jsonFolder() throws IOException {
        return Files.createDirectories(dir.resolve(JSON));
    }

    /** Deletes the kept JSON of documents no longer in the input (and any left half-written). */
    void keepOnly(Set<String> keys) throws IOException {
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(jsonFolder())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json") || !keys.contains(name.substring(0, name.length() - ".json".length()))) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The earlier run's results, when there are some of this program and these options. */
    Optional<Dataset<Row>> earlier(SparkSession spark) throws IOException {
        Path print = dir.resolve(PRINT);
        Path results = dir.resolve(RESULTS);
        if (!Files.isDirectory(results) || !Files.exists(print)
                || !Files.readString(print, StandardCharsets.UTF_8).equals(fingerprint)) {
            return Optional.empty();
        }
        return Optional.of(spark.read().schema(Outcome.SCHEMA).parquet(results.toString()));
    }

    /** The keys of the documents an earlier run finished, not stopped by one of its limits: a list of keys, not the documents. */
    static Set<String> doneKeys(Optional<Dataset<Row>> earlier) {
        return earlier.map(d -> new HashSet<>(d.filter(col(Outcome.RETRY).equalTo(false)).select(Outcome.KEY)
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList())).orElseGet(HashSet::new);
    }

    /** Writes {@code results} as the table and returns it read back from the files (so nothing is analysed twice). */
    Dataset<Row> replace(SparkSession spark, Dataset<Row> results) throws IOException {
        Path tmp = dir.resolve(RESULTS + OutputFolder.TMP);
        Path current = dir.resolve(RESULTS);
        Path old = dir.resolve(RESULTS + ".old");
        OutputFolder.deleteTree(tmp);
        results.write().parquet(tmp.toString());
        OutputFolder.deleteTree(old);
        if (Files.exists(current)) {
            Files.move(current, old);
        }
        Files.move(tmp, current);
        OutputFolder.deleteTree(old);
        Path printTmp = dir.resolve(PRINT + OutputFolder.TMP);
        Files.writeString(printTmp, fingerprint, StandardCharsets.UTF_8);
        OutputFolder.move(printTmp, dir.resolve(PRINT));
        return spark.read().schema(Outcome.SCHEMA).parquet(current.toString());
    }
}
