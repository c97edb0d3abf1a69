package org.disclosurelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate command as a user runs it: files, summary, ground truth; exit 2 for bad arguments. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheCorpusTheGroundTruthAndASummary() throws IOException {
        CliRun run = CliRun.run("generate", "--count", "3", "--seed", "4", "--formats", "txt,html", "--faults", "1",
                "--fault-kinds", "arithmetic", "--share", "1:3", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("3 disclosures: 3 txt, 3 html; 4 faults, 1 shared passages -> "), run.out());
        try (var files = Files.list(dir)) {
            assertEquals(3 * 2 + 2, files.count(), "documents, README.md and .ground-truth.json");
        }
        String truth = Files.readString(dir.resolve(".ground-truth.json"), StandardCharsets.UTF_8);
        assertTrue(truth.contains("\"arguments\" : [ \"--count\", \"3\", \"--seed\", \"4\", \"--formats\", \"txt,html\""), truth);
        assertTrue(Files.readString(dir.resolve("README.md")).contains(
                "generate --count 3 --seed 4 --formats txt,html --faults 1.0 --fault-kinds arithmetic --share 1:3"));
    }

    @Test
    void noDetailsLeavesTheFiguresOutOfTheGroundTruth() throws IOException {
        assertEquals(0, CliRun.run("generate", "--count", "2", "--formats", "txt", "--out", dir.resolve("a").toString()).code());
        assertEquals(0, CliRun.run("generate", "--count", "2", "--formats", "txt", "--no-details", "--out", dir.resolve("b").toString()).code());
        assertTrue(Files.readString(dir.resolve("a/.ground-truth.json")).contains("\"details\" : {"));
        String without = Files.readString(dir.resolve("b/.ground-truth.json"));
        assertTrue(!without.contains("\"details\"") && without.contains("\"--no-details\""), without.substring(0, 400));
    }

    @Test
    void rejectsBadArgumentsWithExitCodeTwo() {
        assertBad("unknown format doc", "generate", "--formats", "txt,doc", "--out", dir.toString());
        assertBad("--share takes two different document numbers from 1 to 5, as a:b; got 2:9",
                "generate", "--count", "5", "--share", "2:9", "--out", dir.toString());
        assertBad("unknown fault kind typo", "generate", "--fault-kinds", "typo", "--out", dir.toString());
        assertBad("--faults must be between 0 and 1", "generate", "--faults", "2", "--out", dir.toString());
        assertBad("unknown template hebei", "generate", "--templates", "hebei", "--out", dir.toString());
    }

    @Test
    void skipsPdfWithAMessageWhenLibreOfficeIsMissing() {
        CliRun run = CliRun.run("generate", "--count", "1", "--formats", "txt,pdf", "--soffice", dir.resolve("none").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("1 disclosures: 1 txt; 0 faults"), run.out());
        assertTrue(run.err().startsWith("PDF skipped: LibreOffice (soffice) not found"), run.err());
    }

    private void assertBad(String message, String... args) {
        CliRun run = CliRun.run(args);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("error: " + message), run.err());
    }

}
