package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.disclosurelens.faults.FaultCorpus;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-document limits with real files: a document over the time limit or the worker's heap is
 * cut off and reported, and the files after it are analysed as usual.
 */
class LimitsTest {

    /** Small, so that reading it never comes near a one-second limit even on a loaded machine. */
    private static final String SMALL = "示例县统计局\n\n2021年部门预算信息公开\n\n第一部分 部门职责及机构设置情况\n\n"
            + "负责全县统计工作。\n\n第二部分 部门预算安排的总体情况\n\n收入预算总额为12.00万元。\n";

    @TempDir
    Path dir;

    /** A small file before and after the hostile one, so both the first worker and its replacement are seen. */
    private Path folderWith(Path hostile) throws IOException {
        Path in = hostile.getParent();
        Files.writeString(in.resolve("a.txt"), SMALL);
        Files.writeString(in.resolve("z.txt"), SMALL + "\n");
        return in;
    }

    private Map<String, Map<String, String>> analyze(Path in, String... options) {
        Path out = dir.resolve("out");
        String[] args = new String[options.length + 5];
        args[0] = "analyze";
        args[1] = in.toString();
        args[2] = "--out";
        args[3] = out.toString();
        args[4] = "--no-reuse";
        System.arraycopy(options, 0, args, 5, options.length);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().isEmpty(), run.err());
        return Cli.documents(out);
    }

    private static void assertGoodFilesRead(Map<String, Map<String, String>> rows) {
        for (String name : new String[] {"a.txt", "z.txt"}) {
            assertEquals("示例县统计局", rows.get(name).get("unit"), name + ": " + rows.get(name).get("message"));
            assertEquals("2021", rows.get(name).get("year"), name);
        }
    }

    @Test
    void stopsADocumentThatHangsTheParser() throws IOException {
        Path in = folderWith(new FaultCorpus(Files.createDirectories(dir.resolve("in"))).parserBombPdf());
        Map<String, Map<String, String>> rows = analyze(in, "--timeout", "3", "--threads", "1", "-q");
        assertEquals("time limit exceeded: analysis took longer than 3 s and was stopped; raise --timeout to allow more time",
                rows.get("parser-bomb.pdf").get("message"));
        assertEquals("error", rows.get("parser-bomb.pdf").get("status"));
        assertEquals("pdf", rows.get("parser-bomb.pdf").get("format"));
        assertGoodFilesRead(rows);
    }

    /**
     * In process the late parse cannot be stopped, only abandoned (it runs on in the background,
     * which is why this uses a file that ends by itself, a few seconds later). The limit is far below
     * what loading 2,000 pages takes on any machine, so the test does not depend on the machine's speed.
     */
    @Test
    void abandonsADocumentOverTheTimeLimitInProcess() throws IOException {
        Path in = folderWith(new FaultCorpus(Files.createDirectories(dir.resolve("in"))).pages2000Pdf());
        Map<String, Map<String, String>> rows = analyze(in, "--timeout", "0.05", "--threads", "1", "--in-process", "-q");
        assertEquals("time limit exceeded: analysis took longer than 0.05 s and was stopped; raise --timeout to allow more time",
                rows.get("pages-2000.pdf").get("message"));
        assertEquals(3, rows.size());
    }

    /**
     * In a JVM started with a class archive, as bin/disclosure-lens starts it, a batch of two files
     * starts in that JVM (no worker JVM, whose log would be in .cache); the document over the limit
     * is abandoned there, and the file after it goes to a worker JVM. The archive named need not
     * exist: the JVM ignores it, the batch only looks for the option.
     */
    @Test
    void aSmallBatchStartsInAJvmWithTheArchiveAndGoesOnInAWorkerJvmAfterAStop() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        new FaultCorpus(in).pages2000Pdf();
        Files.writeString(in.resolve("z.txt"), SMALL);
        Map<String, Map<String, String>> rows = analyzeWithArchive(in, "--timeout", "0.05");
        assertEquals("time limit exceeded: analysis took longer than 0.05 s and was stopped; raise --timeout to allow more time",
                rows.get("pages-2000.pdf").get("message"));
        assertEquals(2, rows.size());
        assertTrue(Files.exists(dir.resolve("out/.cache/worker.log")), "z.txt went to a worker JVM");
    }

    @Test
    void aSmallBatchWithNoStopNeedsNoWorkerJvm() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SMALL);
        Files.writeString(in.resolve("z.txt"), SMALL + "\n");
        assertGoodFilesRead(analyzeWithArchive(in));
        assertFalse(Files.exists(dir.resolve("out/.cache/worker.log")), "analysed in the JVM with the archive");
    }

    /** Which batches start in this JVM by default; --isolate and --in-process choose for every batch. */
    @Test
    void onlyASmallBatchWithoutAWorkerHeapInAJvmWithTheArchiveStartsHere() {
        assertTrue(BatchJob.startsHere(null, 1, true));
        assertTrue(BatchJob.startsHere(null, BatchJob.SMALL_BATCH, true));
        assertFalse(BatchJob.startsHere(null, BatchJob.SMALL_BATCH + 1, true), "a larger batch: worker JVMs");
        assertFalse(BatchJob.startsHere("2g", 1, true), "--memory sets a worker's heap");
        assertFalse(BatchJob.startsHere(null, 1, false), "without the archive a worker JVM that maps it is as quick");
    }

    /** Runs analyze in a JVM of its own started with a class archive option, one thread, quiet. */
    private Map<String, Map<String, String>> analyzeWithArchive(Path in, String... options) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + dir.resolve("none.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", System.getProperty("java.class.path"), org.disclosurelens.cli.Main.class.getName(),
                "analyze", in.toString(), "--out", dir.resolve("out").toString(), "--no-reuse", "--threads", "1", "-q"));
        command.addAll(java.util.List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        return Cli.documents(dir.resolve("out"));
    }

    @Test
    void reportsADocumentThatExhaustsTheWorkerHeap() throws IOException {
        Path in = folderWith(new FaultCorpus(Files.createDirectories(dir.resolve("in"))).text200Mb());
        // With two threads the small files may be in the worker when it dies: they are run again, alone.
        Map<String, Map<String, String>> rows = analyze(in, "--max-size", "300m", "--memory", "160m", "--threads", "2", "-q");
        String message = rows.get("huge-200MB.txt").get("message");
        assertTrue(message.matches("too large: analysing it needed more memory than the \\d+ MB the worker may use"
                + " \\(its heap ran out\\); raise --memory to try again"), message);
        assertEquals("error", rows.get("huge-200MB.txt").get("status"));
        assertGoodFilesRead(rows);
    }
}
