package org.disclosurelens.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.InputFiles;
import org.disclosurelens.pipeline.Status;

/**
 * One {@code analyze} run: every input file gets an entry in the cache (analysed by a worker under
 * the time and memory limits, or taken from an earlier run with {@code --resume}), then the
 * outputs are assembled from the cache in input order and committed as a set.
 */
public final class BatchJob {

    /**
     * How to run. {@code timeout} zero: no limit. {@code memory}: the worker's -Xmx (such as 2g), or
     * null for this JVM's. {@code verbose}: where the worker's messages go besides its log, or null.
     */
    public record Settings(int threads, Duration timeout, long maxBytes, String memory, RuleChoice rules,
                           boolean json, boolean resume, Isolation isolation, PrintWriter verbose) {

        public Settings {
            threads = Math.max(1, threads);
        }
    }

    /** Where the documents are analysed. */
    public enum Isolation {
        /** In worker JVMs, whatever the batch (`--isolate`). */
        WORKER,
        /** In this JVM (`--in-process`): a document over the time limit is abandoned, not stopped. */
        IN_PROCESS,
        /**
         * A batch of at most {@link #SMALL_BATCH} files starts in this JVM when this JVM maps the
         * class archive ({@code bin/disclosure-lens}, {@link ClassDataArchive}) and {@code --memory}
         * sets no worker heap; other batches run in worker JVMs.
         */
        SMALL_BATCH_IN_PROCESS
    }

    /**
     * The most files a batch may have to start in this JVM. A worker JVM's start (the JVM, Tika's
     * configuration, the warm-up document: about a second, BENCHMARKS.md "Cold start") costs as
     * much as analysing one or two real PDFs, so isolation pays for itself from three files on.
     * The first document stopped for a limit sends the rest of the batch to worker JVMs.
     */
    static final int SMALL_BATCH = 2;

    /** A run that cannot go on for a reason other than writing its outputs (the worker JVM will not run). */
    public static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** What a run did: files in the input, how many were taken from an earlier run, counts per status. */
    public record Summary(int files, int resumed, boolean cacheReused, Map<Status, Integer> counts) {
    }

    private final InputFiles input;
    private final Path root;
    private final Path out;
    private final Settings settings;
    private final Runnable step;

    private final List<String> keys = new ArrayList<>();
    /** The key of the first file of each content id in this run. */
    private final Map<String, String> firstKeys = new HashMap<>();
    /** Files with the bytes of a file before them: their key → that file's key and their own path. */
    private final Map<String, Assembler.Copy> copies = new HashMap<>();
    private ResultCache cache;
    private int resumed;

    /** {@code step} is called once for each file as it is finished or found already done. */
    public BatchJob(InputFiles input, Path root, Path out, Settings settings, Runnable step) {
        this.input = input;
        this.root = root;
        this.out = out;
        this.settings = settings;
        this.step = step;
    }

    public Summary run() throws IOException {
        Path dir = Files.createDirectories(out.resolve(ResultCache.FOLDER));
        try (FileChannel lockFile = FileChannel.open(dir.resolve(ResultCache.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new Failure("another analyze run is writing to " + out);
            }
            OutputFolder.recover(out);
            List<CsvView> views = OutputViews.all();
            cache = ResultCache.prepare(out, fingerprint(views), settings.resume(), views, settings.json());
            for (InputFiles.Problem problem : input.problems()) {
                String path = Analyzer.relative(problem.path(), root);
                storeFailure(path, problem.message());
            }
            try {
                new Supervisor(workers(), settings.threads(), settings.timeout(), new LimitRows(), i -> step.run())
                        .run(new Tasks());
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            Map<Status, Integer> counts = Assembler.assemble(out, views, cache, keys, copies, settings.json());
            cache.keepOnly(new HashSet<>(keys));
            return new Summary(keys.size(), resumed, cache.reused(), counts);
        }
    }

    private Worker.Factory workers() {
        Worker.Factory inProcess = new Worker.Factory() {
            /** One analyzer for every in-process worker of the run, made when the first starts. */
            private TaskRunner runner;

            @Override
            public Worker start() throws IOException {
                if (runner == null) {
                    runner = new TaskRunner(new Analyzer(settings.rules(), settings.maxBytes()), root, cache);
                }
                return InProcessWorker.factory(runner, settings.threads(), cache.folder()).start();
            }
        };
        List<String> arguments = List.of(root.toString(), out.toString(), Integer.toString(settings.threads()),
                Boolean.toString(settings.json()), Long.toString(settings.maxBytes()), settings.rules().argument());
        // C1 alone for a small batch (JitChoice).
        Worker.Factory child = ChildWorker.factory(arguments, settings.memory(),
                JitChoice.quick(input.files(), ChildWorker.inherited()), cache.folder().resolve("worker.log"),
                settings.verbose());
        return switch (settings.isolation()) {
            case IN_PROCESS -> inProcess;
            case WORKER -> child;
            case SMALL_BATCH_IN_PROCESS -> {
                if (!startsHere(settings.memory(), input.files().size(), ClassDataArchive.mapped())) {
                    yield child;
                }
                JitChoice.quickHere(ChildWorker.inherited());
                yield Worker.firstThen(inProcess, child);
            }
        };
    }

    /**
     * Whether a batch of {@code files} starts in this JVM by default: a small one, with no worker
     * heap asked for, in a JVM that maps the class archive (without it, a worker JVM that maps it
     * is as quick as this one).
     */
    static boolean startsHere(String memory, int files, boolean archiveMapped) {
        return memory == null && files <= SMALL_BATCH && archiveMapped;
    }

    /** The error row of a file that cannot be read at all, identified by its path. */
    private void storeFailure(String path, String message) throws IOException {
        String id = Analyzer.pathId(path);
        String key = key(id, path);
        cache.put(key, DocumentResult.failed(id, path, 0, SourceFormat.OTHER, message), false);
        keys.add(key);
        step.run();
    }

    /**
     * The input files as tasks, in order, hashing each as it is reached: a file whose entry is in
     * the cache already is skipped, one that cannot even be read gets its error row here.
     */
    private final class Tasks implements Iterator<Task> {
        private final Iterator<Path> files = input.files().iterator();
        private Task next;

        @Override
        public boolean hasNext() {
            while (next == null && files.hasNext()) {
                next = task(files.next());
            }
            return next != null;
        }

        @Override
        public Task next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Task task = next;
            next = null;
            return task;
        }

        private Task task(Path file) {
            String path = Analyzer.relative(file, root);
            try {
                String id;
                try {
                    id = Analyzer.contentId(file);
                } catch (IOException e) {
                    storeFailure(path, Analyzer.unreadable(e));
                    return null;
                }
                String key = key(id, path);
                String first = firstKeys.putIfAbsent(id, key);
                if (first != null && !first.equals(key)) {
                    // The same bytes as a file before it: one document, analysed and reported once.
                    keys.add(key);
                    copies.put(key, new Assembler.Copy(first, path));
                    step.run();
                    return null;
                }
                if (cache.done(key)) {
                    keys.add(key);
                    resumed++;
                    step.run();
                    return null;
                }
                keys.add(key);
                return new Task(keys.size() - 1, file, path, id, key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Rows for files over the time limit or that took the worker down. */
    private final class LimitRows implements Supervisor.Failures {

        @Override
        public void timedOut(Task task, Duration limit) throws IOException {
            store(task, LimitMessages.timedOut(limit));
        }

        @Override
        public void killedWorker(Task task, Worker.Died death, long maxMemory) throws IOException {
            store(task, death.outOfMemory()
                    ? LimitMessages.outOfMemory(maxMemory, death.reason())
                    : "internal error: the worker JVM died while reading it (" + death.reason()
                            + "); please report it with the file");
        }

        /** Stored for --resume to try again: the limits may be raised by then. */
        private void store(Task task, String message) throws IOException {
            cache.put(task.key(), Analyzer.stopped(task.id(), task.path(), task.file(), message), true);
        }
    }

    /** Entries are per file and content: a file edited since, or moved, is analysed again. */
    public static String key(String id, String path) {
        return id + "-" + sha256(path).substring(0, 8);
    }

    /**
     * What the cached entries depend on besides the input: the program (so a new build does not
     * resume with old results), the CSV views and the options that change rows.
     */
    private String fingerprint(List<CsvView> views) throws IOException {
        StringBuilder f = new StringBuilder("disclosure-lens cache 1\n");
        f.append("program ").append(programStamp()).append('\n');
        f.append("json ").append(settings.json()).append('\n');
        f.append("max-bytes ").append(settings.maxBytes()).append('\n');
        f.append("rules ").append(settings.rules().argument()).append('\n');
        for (CsvView view : views) {
            f.append("view ").append(view.fileName()).append(' ').append(String.join(",", view.header())).append('\n');
        }
        return f.toString();
    }

    /** The jar's size and time, or the newest class file when running from a build folder. */
    public static String programStamp() throws IOException {
        Path code;
        try {
            code = Path.of(BatchJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        if (!Files.isDirectory(code)) {
            return code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        }
        try (Stream<Path> files = Files.walk(code)) {
            long newest = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
            return "classes " + newest;
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
