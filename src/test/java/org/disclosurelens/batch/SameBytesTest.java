package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One PDF saved under several names (the case: one file under nine cities' folders) is one
 * document: every file gets its documents.csv row, the copies point to the first with
 * {@code same_as}, and the findings and items are reported once, on rows that name the first
 * file's path.
 */
class SameBytesTest {

    private static final List<String> ITEM_CSVS = List.of("sections.csv", "anomalies.csv", "figures.csv", "tables.csv",
            "budget_lines.csv", "three_public.csv", "projects.csv", "indicators.csv", "spending_plan.csv", "assets.csv",
            "organisations.csv");

    @TempDir
    Path dir;

    @Test
    void aFileSavedUnderThreeNamesIsReportedOnce() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path seed = Path.of("corpus/seed/000_2784683f1b3262b7.txt");
        for (String name : List.of("a/budget.txt", "b/budget.txt", "c/copy.txt")) {
            Files.createDirectories(in.resolve(name).getParent());
            Files.copy(seed, in.resolve(name));
        }
        Path alone = dir.resolve("alone");
        Files.createDirectories(alone);
        Files.copy(seed, alone.resolve("a.txt"));
        Path out = dir.resolve("out");
        Path reference = dir.resolve("reference");

        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q", "--no-reuse");
        assertEquals(0, run.code(), run.err());
        assertEquals(0, Cli.run("analyze", alone.toString(), "--out", reference.toString(), "--in-process", "-q",
                "--no-reuse").code());

        Map<String, Map<String, String>> documents = Cli.documents(out);
        assertEquals(List.of("a/budget.txt", "b/budget.txt", "c/copy.txt"), List.copyOf(documents.keySet()));
        assertEquals("", documents.get("a/budget.txt").get("same_as"));
        assertEquals("a/budget.txt", documents.get("b/budget.txt").get("same_as"));
        assertEquals("a/budget.txt", documents.get("c/copy.txt").get("same_as"));
        Map<String, String> first = documents.get("a/budget.txt");
        for (String copy : List.of("b/budget.txt", "c/copy.txt")) {
            for (String column : List.of("id", "unit", "year", "income_wan", "flags_warning", "status")) {
                assertEquals(first.get(column), documents.get(copy).get(column), copy + " " + column);
            }
        }
        assertEquals("2021", first.get("year"));

        for (String csv : ITEM_CSVS) {
            List<Map<String, String>> rows = Cli.rows(out.resolve(csv));
            List<Map<String, String>> alonesRows = Cli.rows(reference.resolve(csv));
            assertEquals(List.of("document_id", "path"), List.of(Cli.csv(out.resolve(csv)).get(0)).subList(0, 2), csv);
            assertEquals(alonesRows.size(), rows.size(), csv + ": the copies add no rows");
            assertTrue(rows.stream().allMatch(r -> r.get("path").equals("a/budget.txt")), csv);
            assertTrue(alonesRows.stream().allMatch(r -> r.get("path").equals("a.txt")), csv);
        }
        assertFalse(Cli.rows(out.resolve("anomalies.csv")).isEmpty(), "the seed has findings");
    }

    @Test
    void theCorpusStepKeepsTheCopiesSameAsAndItsRowsNameTheirFiles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/seed/seed.html"), in.resolve("x.html"));
        Files.copy(Path.of("corpus/seed/seed.html"), in.resolve("y.html"));
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), in.resolve("z.txt"));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q");
        assertEquals(0, run.code(), run.err());

        Map<String, String> sameAs = Cli.documents(out).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("same_as")));
        // y.html has x.html's bytes; z.txt is another rendition of the same document (the corpus step says so).
        assertEquals(Map.of("x.html", "", "y.html", "x.html", "z.txt", "x.html"), sameAs);
        List<Map<String, String>> rows = Cli.rows(out.resolve("anomalies.csv"));
        assertEquals(List.of("x.html", "z.txt"), rows.stream().map(r -> r.get("path")).distinct().sorted().toList());
    }
}
