package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.cli.Main;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL half-way leaves the previous outputs intact, and {@code --resume}
 * then finishes with outputs byte-identical to an uninterrupted run's, whatever the thread count
 * and whether the documents were analysed in a worker JVM or in process.
 */
class ResumeTest {

    private static final List<String> FILES = List.of(
            "seed/000_2784683f1b3262b7.txt", "seed/seed-gb18030.txt", "seed/seed-utf16.txt", "seed/seed.html",
            "seed/seed.docx", "seed/seed.doc", "seed/seed.pdf", "seed/seed.xlsx", "seed/seed.xls",
            "real/004_sh_putuo_govoffice_2025_unit_budget.pdf",
            "real/017_js_npc_office_2019_budget_tables.pdf");

    @TempDir
    Path dir;

    @Test
    void resumesAKilledRunToTheSameBytesAsAnUninterruptedOne() throws Exception {
        Path in = corpus();
        Path reference = dir.resolve("reference");
        assertEquals(0, Cli.run("analyze", in.toString(), "--out", reference.toString(), "--threads", "1", "--in-process",
                "-q").code());

        Path out = dir.resolve("out");
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        Files.copy(in.resolve("seed/seed.html"), earlier.resolve("seed.html"));
        assertEquals(0, Cli.run("analyze", earlier.toString(), "--out", out.toString(), "--in-process", "-q").code());
        Map<String, byte[]> previous = Cli.files(out, false);

        int doneWhenKilled = killHalfWay(in, out);
        assertTrue(doneWhenKilled >= 3 && doneWhenKilled < FILES.size(), "killed after " + doneWhenKilled + " files");
        assertSameFiles(previous, Cli.files(out, false), "a killed run leaves the previous outputs");

        Cli.Run resumed = Cli.run("analyze", in.toString(), "--out", out.toString(), "--resume", "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        Matcher m = Pattern.compile("\\((\\d+) done by an earlier run\\)").matcher(resumed.out());
        assertTrue(m.find(), resumed.out());
        int reused = Integer.parseInt(m.group(1));
        assertTrue(reused >= doneWhenKilled && reused < FILES.size(), resumed.out());
        assertSameFiles(Cli.files(reference, false), Cli.files(out, false), "resumed run, two threads");
    }

    /** In process: this is about what --resume reuses, not about isolation. */
    @Test
    void resumingAFinishedRunAnalysesOnlyWhatIsNew() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/seed/seed.html"), in.resolve("a.html"));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q").code());
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), in.resolve("b.txt"));
        Files.writeString(in.resolve("a.html"), "<html><body><p>2022年部门预算</p></body></html>");

        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--resume", "--in-process");

        String summary = run.out().lines().findFirst().orElse("");
        assertTrue(summary.startsWith("2 files: 1 ok, 1 partial, 0 error"), run.out());
        assertTrue(summary.endsWith("(0 done by an earlier run)"), "a.html changed: " + run.out());
        Path again = dir.resolve("again");
        assertEquals(0, Cli.run("analyze", in.toString(), "--out", again.toString(), "--in-process", "-q").code());
        assertSameFiles(Cli.files(again, false), Cli.files(out, false), "resumed after changes");
        Cli.Run noChange = Cli.run("analyze", in.toString(), "--out", out.toString(), "--resume", "--in-process");
        assertTrue(noChange.out().contains("(2 done by an earlier run)"), noChange.out());
    }

    private Path corpus() throws IOException {
        Path in = dir.resolve("in");
        for (String file : FILES) {
            Path target = in.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("corpus").resolve(file), target);
        }
        return in;
    }

    /**
     * Starts analyze in a JVM of its own, SIGKILLs it once a few documents are in the cache and
     * returns how many were; checks that its worker JVM ends with it rather than running on.
     */
    private static int killHalfWay(Path in, Path out) throws Exception {
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", in.toString(), "--out", out.toString(), "--threads", "2", "-q")
                .redirectErrorStream(true).redirectOutput(out.resolveSibling("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (entries(out) < 3 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<ProcessHandle> workers = run.descendants().toList();
        assertTrue(run.isAlive(), "the run ended before it could be killed");
        run.destroyForcibly();
        run.waitFor();
        for (ProcessHandle worker : workers) {
            worker.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(worker.isAlive(), "the worker JVM outlived its killed parent");
        }
        return entries(out);
    }

    private static int entries(Path out) throws IOException {
        Path cache = out.resolve(ResultCache.FOLDER);
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (var files = Files.list(cache)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".rows")).count();
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String name : expected.keySet()) {
            assertTrue(java.util.Arrays.equals(expected.get(name), actual.get(name)), what + ": " + name + " differs");
        }
    }
}
