package org.disclosurelens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.disclosurelens.batch.BatchJob;
import org.disclosurelens.batch.LimitMessages;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.JsonExport;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.extract.scan.OcrClock;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * The executors' side: analyses the documents of one partition with the core's {@link Analyzer},
 * one per executor JVM and settings (HanLP, the division lists and Tika load once), under the
 * time limit, and turns each into its {@link Outcome} row. No file fails the task: a file that
 * cannot be fetched or read, runs past the limit or exhausts memory becomes an error row with the
 * message {@code analyze} would give. A document over the limit is abandoned, not stopped (Java
 * cannot stop a thread, and interrupting one inside a library's class initialisation can break
 * that class for the JVM's life): its thread runs on to its end and its result is dropped, as in
 * {@code analyze --in-process}.
 */
final class DocumentRunner {

    private static final Map<RunSettings, Analyzer> ANALYZERS = new ConcurrentHashMap<>();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "disclosure-lens-analyze");
        t.setDaemon(true);
        return t;
    });
    private static volatile boolean warm;

    private final RunSettings settings;
    private final Set<String> done;
    private final Configuration hadoop;
    private final Path jsonStore;

    /**
     * {@code done}: the keys of documents an earlier run did, which are not analysed again;
     * {@code jsonStore}: the folder each document's JSON is kept in under its key ({@link ResultStore#jsonFolder}).
     */
    DocumentRunner(RunSettings settings, Set<String> done, Configuration hadoop, Path jsonStore) {
        this.settings = settings;
        this.done = done;
        this.hadoop = hadoop;
        this.jsonStore = jsonStore;
    }

    /**
     * The partition's rows, each document analysed as Spark asks for its row (a task never holds
     * more than one document's results); the scratch folder goes when the last is taken.
     */
    Iterator<Row> run(Iterator<InputFile> files) throws IOException {
        warmUp();
        Path scratch = Files.createTempDirectory("disclosure-lens-");
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    try {
                        OutputFolder.deleteTree(scratch);
                    } catch (IOException e) {
                        // A temporary folder left behind: the system's cleaning takes it.
                    }
                }
                return more;
            }

            @Override
            public Row next() {
                return DocumentRunner.this.run(files.next(), scratch);
            }
        };
    }

    /** Tika's parsers load before the first document's clock starts, as the worker JVM's warm-up does. */
    private static void warmUp() {
        if (!warm) {
            synchronized (DocumentRunner.class) {
                if (!warm) {
                    DocumentExtractor.warmUp();
                    warm = true;
                }
            }
        }
    }

    private Row run(InputFile file, Path scratch) {
        if (!file.listed()) {
            return failed(file, Analyzer.pathId(file.path()), file.problem(), false);
        }
        Path local;
        String id;
        try {
            local = fetch(file, scratch);
            id = Analyzer.contentId(local);
        } catch (IOException | RuntimeException e) {
            IOException io = e instanceof IOException i ? i : new IOException(e.getMessage(), e);
            return failed(file, Analyzer.pathId(file.path()), Analyzer.unreadable(io), false);
        }
        String key = BatchJob.key(id, file.path());
        try {
            if (done.contains(key) && Files.exists(jsonStore.resolve(key + ".json"))) {
                return Outcome.kept(file, key, id);
            }
            return outcome(file, key, analyse(file, local, id), false);
        } catch (LimitReached e) {
            return outcome(file, key, Analyzer.stopped(id, file.path(), local, e.getMessage()), true);
        } finally {
            if (local.startsWith(scratch)) {
                deleteCopy(local);
            }
        }
    }

    private static void deleteCopy(Path local) {
        try {
            Files.deleteIfExists(local);
        } catch (IOException e) {
            // The scratch folder goes at the end of the partition.
        }
    }

    /** A local file is read where it is; any other is copied into the scratch folder under its own name. */
    private Path fetch(InputFile file, Path scratch) throws IOException {
        URI uri = URI.create(file.uri().replace(" ", "%20"));
        if (uri.getScheme() == null) {
            return Path.of(file.uri());
        }
        if (uri.getScheme().equals("file")) {
            return Path.of(URI.create(file.uri()));
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.uri());
        FileSystem fs = remote.getFileSystem(hadoop);
        Path folder = Files.createDirectories(scratch.resolve(Long.toString(file.index())));
        Path local = folder.resolve(remote.getName());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    /** Thrown when a limit of the run ends a document; the message is its error row's. */
    private static final class LimitReached extends Exception {
        private static final long serialVersionUID = 1L;

        LimitReached(String message) {
            super(message);
        }
    }

    /**
     * Analyses on a thread of its own and waits up to the limit, which each page sent to OCR
     * extends by {@link OcrClock#PAGE_SECONDS}, as the batch's supervisor does.
     */
    private DocumentResult analyse(InputFile file, Path local, String id) throws LimitReached {
        Analyzer analyzer = ANALYZERS.computeIfAbsent(settings, s -> new Analyzer(s.ruleChoice(), s.maxBytes()));
        AtomicLong extra = new AtomicLong();
        Future<DocumentResult> future = THREADS.submit(() -> {
            try (OcrClock.Listening clock = OcrClock.listen(() -> extra.addAndGet(TimeUnit.SECONDS.toNanos(OcrClock.PAGE_SECONDS)))) {
                return analyzer.analyze(local, local.getParent());
            }
        });
        long start = System.nanoTime();
        Duration limit = settings.timeout();
        try {
            while (true) {
                try {
                    if (limit.isZero()) {
                        return withPath(future.get(), file.path());
                    }
                    long left = limit.toNanos() + extra.get() - (System.nanoTime() - start);
                    return withPath(future.get(Math.max(0, left), TimeUnit.NANOSECONDS), file.path());
                } catch (TimeoutException e) {
                    if (System.nanoTime() - start >= limit.toNanos() + extra.get()) {
                        future.cancel(false);
                        throw new LimitReached(LimitMessages.timedOut(limit));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitReached(LimitMessages.timedOut(Duration.ofNanos(System.nanoTime() - start)));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw new LimitReached(LimitMessages.outOfMemory(Runtime.getRuntime().maxMemory(), "out of memory (" + oom.getMessage() + ")"));
            }
            if (e.getCause() instanceof Error error) {
                return DocumentResult.failed(id, file.path(), 0, SourceFormat.OTHER, LimitMessages.internalError(error)); // as analyze's worker
            }
            // The analyzer turns every exception into an error row; one reaching here is a bug in it.
            return DocumentResult.failed(id, file.path(), 0, SourceFormat.OTHER,
                    "internal error: " + e.getCause() + "; please report it with the file");
        }
    }

    /** The path as the job reports it (a manifest's, or relative to a remote folder), not the local copy's. */
    private static DocumentResult withPath(DocumentResult r, String path) {
        return r.path().equals(path) ? r : new DocumentResult(r.id(), path, r.size(), r.format(), r.status(), r.message(),
                r.document(), r.structure(), r.identity(), r.findings(), r.data());
    }

    private Row failed(InputFile file, String id, String message, boolean retry) {
        return outcome(file, BatchJob.key(id, file.path()), DocumentResult.failed(id, file.path(), 0, SourceFormat.OTHER, message), retry);
    }

    /** The document's row, its JSON stored under its key: written to a temporary file and renamed, so a retried task rewrites it whole. */
    private Row outcome(InputFile file, String key, DocumentResult result, boolean retry) {
        List<String> csv = new ArrayList<>();
        for (CsvView view : OutputViews.all()) {
            csv.add(OutputFolder.csvText(view.rows(result)));
        }
        Path json = jsonStore.resolve(key + ".json");
        Path tmp = jsonStore.resolve(key + ".json." + Thread.currentThread().getId() + OutputFolder.TMP);
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                JsonExport.write(result, out);
            }
            OutputFolder.move(tmp, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + json + " (the output folder must be writable from every executor)", e);
        }
        return Outcome.done(file, key, result.id(), result.status().name(), retry, csv);
    }
}
