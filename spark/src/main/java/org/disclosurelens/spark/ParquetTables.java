package org.disclosurelens.spark;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.export.OutputFolder;

/**
 * The output folder's CSVs, after the corpus steps have added their rows, as Parquet tables in
 * {@code parquet/<name>/} (documents, sections, anomalies, figures, budget_lines, three_public,
 * projects, indicators, … and reuse, year_over_year, outliers): the same columns, every value a
 * string exactly as in the CSV, read by Spark's CSV reader in the executors. Each table is written
 * beside the old one and swapped in.
 */
final class ParquetTables {

    static final String FOLDER = "parquet";
    static final String INPUTS = "inputs";

    private ParquetTables() {
    }

    /** Writes a table for each CSV of {@code out} that {@code which} takes (by file name); returns their names. */
    static List<String> write(SparkSession spark, Path out, Predicate<String> which) throws IOException {
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
        // Small tables are a few scheduling round trips each: four written at once keep the cores busy.
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> written = new ArrayList<>();
            for (Path csv : csvs) {
                written.add(writers.submit(() -> table(spark, csv, folder)));
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

    private static String table(SparkSession spark, Path csv, Path folder) throws IOException {
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        // The header is read here and given as the schema, every column a string: no job to infer it.
        StructType schema = new StructType();
        for (String column : header(csv)) {
            schema = schema.add(column, DataTypes.StringType);
        }
        Dataset<Row> table = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .option("encoding", "UTF-8").option("enforceSchema", "true").schema(schema).csv(csv.toString());
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
        Path target = out.resolve(FOLDER).resolve(INPUTS);
        Path tmp = out.resolve(FOLDER).resolve(INPUTS + OutputFolder.TMP);
        OutputFolder.deleteTree(tmp);
        spark.createDataFrame(rows, schema).write().parquet(tmp.toString());
        OutputFolder.deleteTree(target);
        Files.move(tmp, target);
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
