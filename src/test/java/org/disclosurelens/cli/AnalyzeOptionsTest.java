package org.disclosurelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The switches of analyze do what their names say, in both forms. */
class AnalyzeOptionsTest {

    @TempDir
    Path dir;

    private Path analyze(String... options) throws IOException {
        Path in = dir.resolve("in");
        if (!Files.exists(in)) {
            Files.createDirectories(in);
            Files.copy(Path.of("corpus/seed/seed.html"), in.resolve("seed.html"));
        }
        Path out = dir.resolve("out" + options.length + String.join("", options));
        String[] args = {"analyze", in.toString(), "--out", out.toString(), "--in-process", "-q"};
        String[] all = java.util.Arrays.copyOf(args, args.length + options.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        assertEquals(0, Cli.run(all).code());
        return out;
    }

    @Test
    void noJsonWritesNoJsonAndNoReuseSkipsTheCorpusStep() throws IOException {
        Path out = analyze("--no-json", "--no-reuse");
        assertFalse(Files.exists(out.resolve("json")));
        assertFalse(Files.exists(out.resolve("reuse.csv")));
        assertTrue(Files.exists(out.resolve("documents.csv")));
    }

    @Test
    void jsonAndReuseAreOnByDefaultAndByName() throws IOException {
        for (Path out : new Path[] {analyze(), analyze("--json", "--reuse")}) {
            assertTrue(Files.exists(out.resolve("json")), out.toString());
            assertTrue(Files.exists(out.resolve("reuse.csv")), out.toString());
        }
    }

    /**
     * Two files named on the command line are one corpus of two (analyze a.txt b.txt): both are
     * read, their paths are given from the folder that holds both, and the corpus step compares them.
     */
    @Test
    void takesSeveralFilesAsOneCorpus() throws IOException {
        Path a = Files.createDirectories(dir.resolve("x/a"));
        Path b = Files.createDirectories(dir.resolve("x/b"));
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), a.resolve("seed.txt"));
        Files.copy(Path.of("src/test/resources/reuse/other-issuer.txt"), b.resolve("other.txt"));
        Path out = dir.resolve("two");
        assertEquals(0, Cli.run("analyze", a.resolve("seed.txt").toString(), b.resolve("other.txt").toString(),
                "--out", out.toString(), "--in-process", "-q").code());
        assertEquals(java.util.List.of("a/seed.txt", "b/other.txt"),
                Cli.rows(out.resolve("documents.csv")).stream().map(r -> r.get("path")).sorted().toList());
        assertTrue(Files.exists(out.resolve("reuse.csv")));
    }
}
