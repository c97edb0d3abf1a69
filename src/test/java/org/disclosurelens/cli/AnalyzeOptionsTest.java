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
}
