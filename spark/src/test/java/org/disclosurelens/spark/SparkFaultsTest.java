package org.disclosurelens.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.extract.DocumentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never fails the job: an empty PDF, an empty text file, a zip bomb and a truncated PDF
 * each get analyze's error row beside a good file (and keep it through a rerun, which analyses only a new file), and a document over the time
 * limit is abandoned and reported with the mark that makes the next run try it again
 * ({@link ResultStore#doneKeys} leaves such rows out).
 */
class SparkFaultsTest {

    @TempDir
    Path tmp;

    @Test
    void badFilesGetAnalyzesErrorRowsAndTheJobFinishes() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        BadFiles.empty(input, "zero-bytes.pdf");
        BadFiles.empty(input, "empty.txt");
        BadFiles.zipBombDocx(input);
        BadFiles.truncatedPdf(input);
        Files.copy(Path.of("corpus/seed/seed.docx"), input.resolve("seed.docx"));

        Path job = tmp.resolve("spark");
        AnalyzeJob.Summary summary = LocalSpark.run(LocalSpark.settings(input.toString(), job));
        assertEquals(5, summary.files());
        Map<String, Map<String, String>> rows = documents(job);
        assertEquals("ok", rows.get("seed.docx").get("status"));
        assertEquals("empty file: the file has 0 bytes (a failed download?); fetch it again", rows.get("zero-bytes.pdf").get("message"));
        String bomb = "too large: the file would inflate to over 100 times its size when unpacked (a zip bomb?); it was not"
                + " unpacked. If it is a genuine document, save it again from its application";
        assertEquals(bomb, rows.get("zip-bomb.docx").get("message"));
        assertTrue(rows.get("truncated.pdf").get("message").startsWith("corrupt or truncated: PDFBox could not read it"),
                rows.get("truncated.pdf").get("message"));
        for (String bad : List.of("zero-bytes.pdf", "zip-bomb.docx", "truncated.pdf", "empty.txt")) {
            assertEquals("error", rows.get(bad).get("status"), bad);
        }

        Path analyzed = tmp.resolve("analyze");
        CsvFolders.analyze(input, analyzed);
        CsvFolders.assertSameCsvs(analyzed, job);

        // A file's own fault is its result: a rerun into the folder keeps every row and analyses only
        // the file added since.
        Files.copy(Path.of("corpus/seed/seed.html"), input.resolve("seed.html"));
        AnalyzeJob.Summary again = LocalSpark.run(LocalSpark.settings(input.toString(), job));
        assertEquals(1, again.analysed());
        assertEquals(5, again.kept());
        Path analyzedAgain = tmp.resolve("analyze-again");
        CsvFolders.analyze(input, analyzedAgain);
        CsvFolders.assertSameCsvs(analyzedAgain, job);
    }

    @Test
    void aDocumentOverTheTimeLimitIsAbandonedReportedAndLeftForTheNextRun() throws IOException {
        Path seed = Path.of("corpus/seed/seed.pdf").toAbsolutePath();
        InputFile file = new InputFile(3, seed.toUri().toString(), "seed/seed.pdf", "", "");
        RunSettings oneMillisecond = new RunSettings(Duration.ofMillis(1), DocumentExtractor.DEFAULT_MAX_BYTES,
                RuleChoice.ALL.argument());
        List<Row> rows = new ArrayList<>();
        Path jsonStore = Files.createDirectories(tmp.resolve("json-store"));
        new DocumentRunner(oneMillisecond, Set.of(), new Configuration(), jsonStore).run(List.of(file).iterator())
                .forEachRemaining(rows::add);

        Row row = rows.get(0);
        assertEquals(3L, row.getLong(row.fieldIndex(Outcome.INDEX)));
        assertEquals("ERROR", row.getString(row.fieldIndex(Outcome.STATUS)));
        assertTrue(row.getBoolean(row.fieldIndex(Outcome.RETRY)), "a limit of this run: the next run tries again");
        String documentsRow = row.getString(row.fieldIndex(Outcome.column("documents.csv")));
        assertTrue(documentsRow.contains("time limit exceeded: analysis took longer than 0.001 s and was stopped; raise --timeout"
                + " to allow more time"), documentsRow);
        assertTrue(documentsRow.startsWith("9ae3a8c152d7d75b,seed/seed.pdf,pdf,125996,"), documentsRow);
        String key = row.getString(row.fieldIndex(Outcome.KEY));
        assertTrue(key.startsWith("9ae3a8c152d7d75b-"), key);
        assertTrue(Files.readString(jsonStore.resolve(key + ".json")).contains("time limit exceeded"), "its JSON is kept under its key");
        // Stored with that mark, it is not among the documents the next run skips.
        assertEquals(Set.of(), ResultStore.doneKeys(Optional.of(LocalSpark.session().createDataFrame(rows, Outcome.SCHEMA))));
    }

    /** documents.csv by path: each row's cells by column name. */
    static Map<String, Map<String, String>> documents(Path out) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve("documents.csv"), StandardCharsets.UTF_8);
                CSVReader csv = CsvFile.reader(in)) {
            String[] header = csv.readNext();
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    cells.put(header[i], row[i]);
                }
                rows.put(cells.get("path"), cells);
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }
}
