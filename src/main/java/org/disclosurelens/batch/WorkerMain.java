package org.disclosurelens.batch;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.extract.scan.OcrClock;
import org.disclosurelens.pipeline.Analyzer;

/**
 * The child JVM of {@link ChildWorker}: reads tasks from stdin, analyses them on a thread pool,
 * stores each result in the cache and reports it on stdout.
 * Arguments: root, output folder, threads, json (true/false), maximum file size in bytes, the rules
 * switched off and given another severity ({@link RuleChoice#argument}, may be empty).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        // Only the protocol may reach stdout: a library printing there would corrupt it.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path root = Path.of(args[0]);
        ResultCache cache = ResultCache.attach(Path.of(args[1]), OutputViews.all(), Boolean.parseBoolean(args[3]));
        TaskRunner runner = new TaskRunner(new Analyzer(RuleChoice.parse(args[5]), Long.parseLong(args[4])), root, cache);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[2]), r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        runner.warmUp(cache.folder());
        answer(protocol, "READY\t" + Runtime.getRuntime().maxMemory());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Task task = Task.decode(line);
            pool.execute(() -> run(runner, task, protocol));
        }
        // The supervisor closed the pipe: it has all it asked for, or it was killed. Stop now.
        Runtime.getRuntime().halt(0);
    }

    private static void run(TaskRunner runner, Task task, PrintStream protocol) {
        try (OcrClock.Listening clock = OcrClock.listen(() -> answer(protocol, "MORE\t" + task.index()))) {
            runner.store(task, runner.analyze(task));
            answer(protocol, "DONE\t" + task.index());
        } catch (IOException e) {
            answer(protocol, "BROKEN\t" + e.toString().replace('\n', ' '));
            Runtime.getRuntime().halt(1);
        }
    }

    /**
     * One protocol line, written at once and starting on a line of its own: the OCR library prints
     * to the same stdout from C (its buffer flushed whenever it fills, mid-line), which Java cannot
     * redirect; a line break first ends any such fragment, so the answer is a line by itself.
     */
    static void answer(PrintStream protocol, String line) {
        synchronized (protocol) {
            protocol.print("\n" + line + "\n");
            protocol.flush();
        }
    }
}
