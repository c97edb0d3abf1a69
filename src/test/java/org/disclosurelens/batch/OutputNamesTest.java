package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input names are data, never paths or formulas for us: whatever a crawler names a file, the run
 * writes only inside the output folder, under names made from content hashes, and a name that a
 * spreadsheet would run is neutralised in the CSV.
 */
class OutputNamesTest {

    private static final List<String> NAMES = List.of("=1+2.txt", "@SUM(A1).txt", "-rf.txt", "x\\..\\..\\escape.txt",
            "line\nbreak.txt", "tab\tname.txt", "json", "documents.csv", ".hidden.txt");

    @TempDir
    Path dir;

    @Test
    void writesOnlyInsideTheOutputFolderWhateverTheInputNames() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        int n = 0;
        for (String name : NAMES) {
            Files.writeString(in.resolve(name), "示例县第" + ++n + "局\n\n2021年部门预算信息公开\n");
        }
        Path out = in.resolve("out");
        Set<Path> before = listing();

        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--no-reuse", "-q");

        assertEquals(0, run.code(), run.err());
        Set<Path> created = listing();
        created.removeAll(before);
        assertTrue(created.stream().allMatch(p -> p.startsWith(out)), "outside the output folder: " + created);
        try (var json = Files.list(out.resolve("json"))) {
            assertTrue(json.allMatch(p -> p.getFileName().toString().matches("[0-9a-f]{16}\\.json")));
        }
        Map<String, Map<String, String>> rows = Cli.documents(out);
        assertEquals(Set.of("'=1+2.txt", "'@SUM(A1).txt", "'-rf.txt", "x\\..\\..\\escape.txt", "line\nbreak.txt",
                "tab\tname.txt", "json", "documents.csv"), rows.keySet(), "hidden files and the output folder are skipped");
        assertEquals("2021", rows.get("'-rf.txt").get("year"));

        Cli.Run again = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "--no-reuse", "-q");
        assertEquals(0, again.code());
        assertEquals(rows.keySet(), Cli.documents(out).keySet(), "the outputs of the first run are not read as input");
    }

    private Set<Path> listing() throws IOException {
        try (var paths = Files.walk(dir)) {
            return paths.collect(Collectors.toSet());
        }
    }
}
