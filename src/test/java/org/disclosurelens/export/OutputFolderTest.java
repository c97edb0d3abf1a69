package org.disclosurelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs reach the folder as a set, and a run killed at any step leaves a consistent folder. */
class OutputFolderTest {

    @TempDir
    Path dir;

    /** The folder as a previous run left it, and a new run's outputs written beside it. */
    private void previousAndNew() throws IOException {
        Files.writeString(dir.resolve("documents.csv"), "old documents");
        Files.writeString(dir.resolve("sections.csv"), "old sections");
        Files.createDirectories(dir.resolve("json"));
        Files.writeString(dir.resolve("json/old.json"), "{}");
        Files.writeString(dir.resolve("documents.csv.tmp"), "new documents");
        Files.writeString(dir.resolve("sections.csv.tmp"), "new sections");
        Files.createDirectories(dir.resolve("json.tmp"));
        Files.writeString(dir.resolve("json.tmp/new.json"), "{}");
    }

    private void assertFolder(String documents, String sections, String json) throws IOException {
        assertEquals(documents, Files.readString(dir.resolve("documents.csv")));
        assertEquals(sections, Files.readString(dir.resolve("sections.csv")));
        try (var files = Files.list(dir.resolve("json"))) {
            assertEquals(List.of(json), files.map(p -> p.getFileName().toString()).toList());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("documents.csv", "json", "sections.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left over");
        }
    }

    @Test
    void commitReplacesTheWholeSet() throws IOException {
        previousAndNew();
        OutputFolder.commit(dir, List.of("documents.csv", "sections.csv"), true);
        assertFolder("new documents", "new sections", "new.json");
    }

    @Test
    void runKilledBeforeTheJournalKeepsThePreviousOutputs() throws IOException {
        previousAndNew();
        OutputFolder.recover(dir);
        assertFolder("old documents", "old sections", "old.json");
    }

    @Test
    void runKilledDuringTheRenamesIsCompletedByTheNextRun() throws IOException {
        previousAndNew();
        Files.write(dir.resolve(OutputFolder.JOURNAL), List.of("file\tdocuments.csv", "file\tsections.csv", "dir\tjson"));
        // Killed after the first rename and after json was moved aside: the worst moment.
        Files.move(dir.resolve("documents.csv.tmp"), dir.resolve("documents.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve("json"), dir.resolve("json.old"));
        OutputFolder.recover(dir);
        assertFolder("new documents", "new sections", "new.json");
        OutputFolder.recover(dir);
        assertFolder("new documents", "new sections", "new.json");
    }

    @Test
    void runWithoutJsonRemovesTheOldJson() throws IOException {
        previousAndNew();
        OutputFolder.deleteTree(dir.resolve("json.tmp"));
        OutputFolder.commit(dir, List.of("documents.csv", "sections.csv"), false);
        assertFalse(Files.exists(dir.resolve("json")));
        assertEquals("new documents", Files.readString(dir.resolve("documents.csv")));
    }

    @Test
    void refusesOutputNamesThatLeaveTheFolder() {
        String absolute = java.io.File.separator + "documents.csv";
        for (String name : List.of("../documents.csv", absolute, "json/../../x.csv", "a/b.csv", "..", "")) {
            assertThrows(IllegalArgumentException.class, () -> OutputFolder.inside(dir, name), name);
        }
        assertEquals(dir.toAbsolutePath().resolve("documents.csv"), OutputFolder.inside(dir, "documents.csv"));
    }

    @Test
    void neutralisesFormulasButKeepsNumbers() {
        String csv = OutputFolder.csvText(List.of(
                List.of("=HYPERLINK(\"http://x\")", "+1+1", "-12.50", "@SUM(A1)", "\tx", "\rx", "-5%", "1.2e3", "-", "a\"b")));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,-12.50,'@SUM(A1),'\tx,\"'\rx\",-5%,1.2e3,'-,\"a\"\"b\"\r\n", csv);
        assertTrue(OutputFolder.csvHeader(List.of("id", "path")).startsWith("\uFEFFid,path\r\n"));
    }
}
