package org.disclosurelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command as a user runs it: arguments in, CSVs and an exit code out. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesARowForEveryFileEvenBrokenOnes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), in.resolve("seed.txt"));
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        Files.writeString(in.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage");
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("analyze", in.toString(), "--out", out.toString(), "--quiet");

        assertEquals(0, run.code(), run.err());
        List<String> rows = Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("\uFEFFid,path,format"), rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).contains("corrupt.pdf,pdf,"), rows.get(1));
        assertTrue(rows.get(1).contains(",error,corrupt or truncated: PDFBox could not read it"), rows.get(1));
        assertTrue(rows.get(2).contains("empty.pdf,pdf,0,"), rows.get(2));
        assertTrue(rows.get(2).contains(",error,empty file: the file has 0 bytes (a failed download?); fetch it again,"), rows.get(2));
        assertTrue(rows.get(3).contains(",seed.txt,tika-text,"), rows.get(3));
        assertTrue(rows.get(3).contains(",county-nine-part,1-9,,26,"), rows.get(3));
        assertTrue(rows.get(3).contains(",ok,,110.93,110.93,71.53,65.84,5.69,39.4,2,5.69,3.65,"), rows.get(3));
        assertEquals(27, Files.readAllLines(out.resolve("sections.csv")).size());
        try (var json = Files.list(out.resolve("json"))) {
            assertEquals(3, json.count(), "failed files get a JSON with their status too");
        }
        assertTrue(run.err().isEmpty(), "nothing on stderr with --quiet: " + run.err());
    }

    @Test
    void failsWithExitCodeTwoForAMissingInput() {
        CliRun run = CliRun.run("analyze", dir.resolve("nowhere").toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }

    @Test
    void saysWhenAFolderHoldsNothingToAnalyseAndGivesTheOtherCommandsTheSameExitCodeForAMissingFile() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("NOTES.md"), "notes are skipped");
        CliRun run = CliRun.run("analyze", empty.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("error: no files to analyse in [" + empty + "]"), run.err());
        for (String command : List.of("blocks", "render")) {
            CliRun missing = command.equals("render") ? CliRun.run(command, dir.resolve("nowhere.pdf").toString(), "--html",
                    dir.resolve("x.html").toString()) : CliRun.run(command, dir.resolve("nowhere.pdf").toString());
            assertEquals(2, missing.code(), command);
            assertTrue(missing.err().contains("error: no such file: "), missing.err());
        }
    }

    @Test
    void failsWithExitCodeOneWhenTheOutputCannotBeWritten() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        CliRun run = CliRun.run("analyze", "corpus/seed/000_2784683f1b3262b7.txt", "--out", blocker.resolve("out").toString(), "-q");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("error: cannot write to"), run.err());
    }

    @Test
    void printsHelpForEachCommand() {
        CliRun run = CliRun.run("analyze", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--threads"), run.out());
        assertTrue(run.out().contains("--out"), run.out());
    }

}
