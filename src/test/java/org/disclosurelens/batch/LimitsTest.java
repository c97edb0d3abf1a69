package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
