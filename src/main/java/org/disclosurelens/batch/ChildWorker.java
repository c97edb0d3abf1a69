package org.disclosurelens.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A worker in a child JVM ({@link WorkerMain}), the default. PDFBox and POI are called directly,
 * not through Tika, so Tika's ForkParser or pipes would isolate only the formats Tika parses; a
 * child JVM isolates them all. One child serves the whole batch with a thread pool, so the JVM
 * start (about a second) is paid once, not per document; it is replaced only when it has to be
 * killed (a document over the time limit) or dies (its heap, capped by {@code --memory}, ran out:
 * {@code -XX:+ExitOnOutOfMemoryError} ends it at once instead of letting it limp on).
 *
 * <p>Protocol: tasks go to the child's stdin one per line ({@link Task#encode}); the child answers
 * {@code READY <max heap>}, then {@code DONE <index>} per task on stdout, and {@code MORE <index>}
 * before each page it reads by OCR (the task's time limit grows). Its stderr (library
 * warnings and stack traces) goes to {@code .cache/worker.log}, and to the console only with
 * {@code --verbose}. When stdin closes (this JVM ended or was killed) the child halts.
 */
final class ChildWorker implements Worker {

    /** Exit code of a JVM ended by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;
    /** 128 + SIGKILL: not sent by us, so most likely the kernel's out-of-memory killer. */
    private static final int KILLED = 137;
    private static final long START_SECONDS = 120;
    private static final int TAIL_LINES = 20;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread errors;
    private volatile long maxMemory;

    private ChildWorker(List<String> command, Path log, PrintWriter verbose) throws IOException {
        process = new ProcessBuilder(command).start();
        stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        errors = daemon("worker-err", () -> copyErrors(log, verbose));
        daemon("worker-out", this::readAnswers);
    }

    /**
     * Workers running {@link WorkerMain} with these arguments, in a JVM set up like this one;
     * {@code quick}: compiling with C1 alone ({@link JitChoice}).
     */
    static Factory factory(List<String> arguments, String memory, boolean quick, Path log, PrintWriter verbose) {
        List<String> command = command(inherited(), arguments, memory, quick);
        return () -> {
            ChildWorker worker = new ChildWorker(command, log, verbose);
            worker.awaitReady();
            return worker;
        };
    }

    /**
     * The same java and class path as this process, its JVM options as {@link #inherited()} keeps
     * them (so -Xmx and system properties carry over), the jar's class-data sharing archive
     * ({@link ClassDataArchive}), and C1 alone when {@code quick}.
     */
    static List<String> command(List<String> inherited, List<String> arguments, String memory, boolean quick) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inherited);
        if (quick) {
            command.add(JitChoice.QUICK);
        }
        command.addAll(ClassDataArchive.options(System.getProperty("java.class.path"), inherited));
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (memory != null) {
            command.add("-Xmx" + memory);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.addAll(arguments);
        return command;
    }

    /**
     * This JVM's options, minus debugger and profiler agents and a class archive being dumped, which
     * would clash over their port or file.
     */
    static List<String> inherited() {
        List<String> inherited = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agent") && !option.startsWith("-javaagent") && !option.startsWith("-Xrunjdwp")
                    && !option.equals("-Xdebug") && !option.startsWith("-XX:StartFlightRecording")
                    && !option.startsWith("-XX:ArchiveClassesAtExit")) {
                inherited.add(option);
            }
        }
        return inherited;
    }

    private void awaitReady() throws IOException {
        try {
            if (!ready.await(START_SECONDS, TimeUnit.SECONDS) || maxMemory == 0) {
                kill();
                throw new BatchJob.Failure("the worker JVM did not start" + lastLines() + "; try --in-process");
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new BatchJob.Failure("interrupted while starting the worker JVM");
        }
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] answer = line.split("\t", 2);
                switch (answer[0]) {
                    case "READY" -> {
                        maxMemory = Long.parseLong(answer[1]);
                        ready.countDown();
                    }
                    case "DONE" -> events.add(new Done(Integer.parseInt(answer[1])));
                    case "MORE" -> events.add(new MoreTime(Integer.parseInt(answer[1])));
                    case "" -> { } // the line break before each answer (WorkerMain.answer)
                    case "BROKEN" -> events.add(new Broken(answer[1]));
                    default -> remember("unexpected output: " + line); // the OCR library prints there too
                }
            }
        } catch (IOException | RuntimeException e) {
            remember("lost the worker's output: " + e);
        }
        int code = waitForExit();
        try {
            errors.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.add(died(code));
        ready.countDown();
    }

    private Died died(int code) {
        if (code == OUT_OF_MEMORY) {
            return new Died("its heap ran out", true);
        }
        if (code == KILLED) {
            return new Died("it was killed by the system, usually for lack of memory", true);
        }
        return new Died("exit code " + code + lastLines(), false);
    }

    private int waitForExit() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void copyErrors(Path log, PrintWriter verbose) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                out.write(line + System.lineSeparator());
                out.flush();
                remember(line);
                if (verbose != null) {
                    verbose.println(line);
                }
            }
        } catch (IOException e) {
            remember("could not copy the worker's messages: " + e);
        }
    }

    private void remember(String line) {
        synchronized (tail) {
            tail.addLast(line);
            while (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    private String lastLines() {
        synchronized (tail) {
            return tail.isEmpty() ? "" : ": " + tail.getLast();
        }
    }

    @Override
    public void submit(Task task) throws IOException {
        stdin.write(task.encode() + "\n");
        stdin.flush();
    }

    @Override
    public Event next(long nanos) throws InterruptedException {
        return events.poll(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public long maxMemory() {
        return maxMemory;
    }

    @Override
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // The child is gone already; nothing to close.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
