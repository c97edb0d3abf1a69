package org.disclosurelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.disclosurelens.cli.Main;
import org.disclosurelens.export.CsvFile;

/** analyze's outputs to compare the job's with: the CSVs of a folder as sorted records. */
final class CsvFolders {

    private CsvFolders() {
    }

    /** Runs {@code analyze} (in this JVM, no report) on {@code input} into {@code out}. */
    static void analyze(Path input, Path out) {
        StringWriter log = new StringWriter();
        PrintWriter w = new PrintWriter(log);
        int code = Main.run(new String[] {"analyze", input.toString(), "--out", out.toString(), "--no-report", "--quiet",
            "--in-process"}, w, w);
        assertEquals(0, code, log.toString());
    }

    static TreeSet<String> csvNames(Path folder) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }

    /** The header (without the byte-order mark), then every record of the CSV joined by a unit separator, sorted. */
    static List<String> sortedRecords(Path csv) throws IOException {
        List<String> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = CsvFile.reader(in)) {
            String header = String.join("\u001f", reader.readNext()).replace("\uFEFF", "");
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                records.add(String.join("\u001f", row));
            }
            records.sort(null);
            records.add(0, header);
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return records;
    }

    /** Every CSV analyze wrote is in {@code job} with the same records, in any order; returns the number of records compared. */
    static int assertSameCsvs(Path analyze, Path job) throws IOException {
        int compared = 0;
        TreeSet<String> expected = csvNames(analyze);
        assertEquals(expected, csvNames(job), "the CSV files written");
        for (String name : expected) {
            List<String> want = sortedRecords(analyze.resolve(name));
            assertEquals(want, sortedRecords(job.resolve(name)), name);
            compared += want.size() - 1;
        }
        return compared;
    }
}
