package org.disclosurelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;

/**
 * The output folder's CSVs, after the corpus steps have added their rows, as Parquet tables in
 * {@code parquet/<name>/} (documents, sections, anomalies, figures, budget_lines, three_public,
 * projects, indicators, … and reuse, year_over_year, outliers): the same columns, every value a
 * string exactly as in the CSV (empty cells null). The per-document tables the corpus steps leave
 * alone are built from the results table in the executors; those the steps rewrite or write, from
 * their CSV files. Each table is written beside the old one and swapped in.
 */
final class ParquetTables {

    static final String FOLDER = "parquet";
    static final String INPUTS = "inputs";

    private ParquetTables() {
    }

    /**
     * The tables of the views named in {@code views} (CSV file names), built in the executors from
     * each document's share in the results table, parsed back into cells: no file is read whole by
     * one task. Files with the bytes of a file before them add no rows, as in the CSVs.
     */
    static List<String> fromResults(SparkSession spark, Dataset<Row> results, Path out, Set<String> views) throws IOException {
        Path folder = Files.createDirectories(out.resolve(FOLDER));
        Dataset<Row> firsts = results.groupBy(col(Outcome.ID)).agg(min(col(Outcome.INDEX)).as("first"));
        // The repeats are few (the same file saved twice): a filter on their places keeps each table's
        // read to its own column; many are left out by a join instead.
        List<Long> repeats = results.join(firsts, Outcome.ID).filter(col(Outcome.INDEX).notEqual(col("first")))
                .select(Outcome.INDEX).as(Encoders.LONG()).collectAsList();
        Dataset<Row> documents = repeats.isEmpty() ? results
                : repeats.size() <= 10_000 ? results.filter(col(Outcome.INDEX).isin(repeats.toArray()).unary_$bang())
                : results.join(firsts, results.col(Outcome.ID).equalTo(firsts.col(Outcome.ID))
                        .and(results.col(Outcome.INDEX).equalTo(firsts.col("first"))), "left_semi");
        List<Callable<String>> tables = new ArrayList<>();
        for (CsvView view : OutputViews.all()) {
            if (!views.contains(view.fileName())) {
                continue;
            }
            StructType schema = strings(view.header().toArray(String[]::new));
            int columns = view.header().size();
            JavaRDD<Row> rows = documents.select(col(Outcome.column(view.fileName()))).as(Encoders.STRING()).javaRDD()
                    .flatMap(text -> cells(text, columns).iterator());
            String name = view.fileName().replaceFirst("\\.csv$", "");
            tables.add(() -> save(spark.createDataFrame(rows, schema), folder, name));
        }
        return runAll(tables);
    }

    /** One document's share of a CSV as rows of cells, empty cells null as Spark's CSV reader gives them. */
    private static List<Row> cells(String text, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVReader reader = CsvFile.reader(new StringReader(text))) {
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                Object[] values = new Object[columns];
                for (int c = 0; c < columns && c < row.length; c++) {
                    values[c] = row[c].isEmpty() ? null : row[c];
                }
                rows.add(RowFactory.create(values));
            }
        } catch (CsvValidationException e) {
            throw new IOException("a stored CSV share is not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** A table for each CSV of {@code out} that {@code which} takes (by file name), read by Spark's CSV reader; returns their names. */
    static List<String> fromCsvs(SparkSession spark, Path out, Predicate<String> which) throws IOException {
        Path folder = Files.createDirectories(out.resolve(FOLDER));
        List<Path> csvs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(out, "*.csv")) {
            files.forEach(f -> {
                if (which.test(f.getFileName().toString())) {
                    csvs.add(f);
                }
            });
        }
        csvs.sort(null);
        List<Callable<String>> tables = new ArrayList<>();
        for (Path csv : csvs) {
            tables.add(() -> {
                Dataset<Row> table = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                        .option("encoding", "UTF-8").option("enforceSchema", "true").schema(strings(header(csv))).csv(csv.toString());
                return save(table, folder, csv.getFileName().toString().replaceFirst("\\.csv$", ""));
            });
        }
        return runAll(tables);
    }

    /** Every column a string: the header is given, not inferred (no job to infer it). */
    private static StructType strings(String[] header) {
        StructType schema = new StructType();
        for (String column : header) {
            schema = schema.add(column, DataTypes.StringType);
        }
        return schema;
    }

    /** Small tables are a few scheduling round trips each: four written at once keep the cores busy. */
    private static List<String> runAll(List<Callable<String>> tables) throws IOException {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> written = new ArrayList<>();
            for (Callable<String> table : tables) {
                written.add(writers.submit(table));
            }
            List<String> names = new ArrayList<>();
            for (Future<String> f : written) {
                names.add(f.get());
            }
            return names;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the Parquet tables", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    /** Writes {@code table} beside the old one and swaps it in. */
    private static String save(Dataset<Row> table, Path folder, String name) throws IOException {
        Path tmp = folder.resolve(name + OutputFolder.TMP);
        OutputFolder.deleteTree(tmp);
        table.write().parquet(tmp.toString());
        Path target = folder.resolve(name);
        OutputFolder.deleteTree(target);
        Files.move(tmp, target);
        return name;
    }

    /**
     * {@code parquet/inputs}: each input file's path as the other tables give it, where it was read
     * (its URI) and the URL the manifest says it was published at: provenance to join on {@code path}.
     */
    static void writeInputs(SparkSession spark, Path out, List<InputFile> files) throws IOException {
        StructType schema = new StructType().add("path", DataTypes.StringType).add("uri", DataTypes.StringType)
                .add("source_url", DataTypes.StringType).add("listing_problem", DataTypes.StringType);
        List<Row> rows = files.stream().map(f -> RowFactory.create(f.path(), f.uri(), f.sourceUrl(), f.problem())).toList();
        save(spark.createDataFrame(rows, schema), Files.createDirectories(out.resolve(FOLDER)), INPUTS);
    }

    /** The CSV's column names as written, without the byte-order mark that starts the file. */
    private static String[] header(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = CsvFile.reader(in)) {
            String[] header = reader.readNext();
            if (header == null) {
                throw new IOException(csv + " is empty: it has no header");
            }
            header[0] = header[0].replace("\uFEFF", "");
            return header;
        } catch (CsvValidationException e) {
            throw new IOException(csv + " is not a valid CSV: " + e.getMessage(), e);
        }
    }
}
