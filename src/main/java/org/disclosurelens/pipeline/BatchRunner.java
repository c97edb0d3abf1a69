package org.disclosurelens.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the analysis over many files on a thread pool and hands the results on in input order, so
 * output does not depend on the thread count. At most a few documents per thread are in memory at
 * once, whatever the corpus size.
 */
public final class BatchRunner {

    /** Receives results in input order, from one thread. */
    public interface Sink {
        void accept(DocumentResult result) throws IOException;
    }

    private final Analyzer analyzer;
    private final int threads;

    public BatchRunner(Analyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    /** Analyses every file, reporting each to {@code progress} as it completes. Returns counts per status. */
    public Map<Status, Integer> run(InputFiles input, Path root, Sink sink, Consumer<DocumentResult> progress)
            throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (InputFiles.Problem problem : input.problems()) {
            String path = Analyzer.relative(problem.path(), root);
            emit(DocumentResult.failed(Analyzer.pathId(path), path, 0, org.disclosurelens.model.SourceFormat.OTHER,
                    problem.message()), sink, progress, counts);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int next = 0;
            int limit = threads * 4;
            while (next < input.files().size() || !window.isEmpty()) {
                while (next < input.files().size() && window.size() < limit) {
                    Path file = input.files().get(next++);
                    window.add(new Pending(file, pool.submit(() -> analyzer.analyze(file, root))));
                }
                emit(window.poll().take(root), sink, progress, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    private static void emit(DocumentResult result, Sink sink, Consumer<DocumentResult> progress,
            Map<Status, Integer> counts) throws IOException {
        sink.accept(result);
        counts.merge(result.status(), 1, Integer::sum);
        progress.accept(result);
    }

    /** A file being analysed; an Error escaping the analyzer (out of memory) becomes an error row. */
    private record Pending(Path file, Future<DocumentResult> future) {

        DocumentResult take(Path root) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                String path = Analyzer.relative(file, root);
                return DocumentResult.failed(Analyzer.pathId(path), path, 0, org.disclosurelens.model.SourceFormat.OTHER,
                        "internal error: " + e.getCause() + "; the batch went on without this file");
            }
        }
    }
}
