package org.disclosurelens.reuse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Copy detection's passes in one JVM: the JSON is parsed and traced on a second thread, a few
 * documents ahead of the index, which numbers them on the caller's; one {@link DocumentTracer}
 * traces the whole corpus, so only a chunk's first printer pays for its signature. The pairs are
 * aligned on the calling thread.
 */
final class LocalReuseWork implements ReuseWork {

    /** Documents traced ahead of the index. */
    private static final int TRACED_AHEAD = 16;

    @Override
    public Stream<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) {
        Tracer tracer = new Tracer(folder, listed.iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tracer, Spliterator.ORDERED), false).onClose(tracer::close);
    }

    @Override
    public Stream<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(plan.align(tasks), Spliterator.ORDERED), false);
    }

    /**
     * The traces in order, made on a daemon thread that stops with the iteration (or at the first
     * unreadable JSON, which {@link #next} rethrows).
     */
    private static final class Tracer implements Iterator<DocumentTrace> {
        private final Iterator<ReuseStep.Listed> files;
        /** Touched by the tracing thread only, one document at a time. */
        private final DocumentTracer tracer;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reuse-trace");
            t.setDaemon(true);
            return t;
        });
        private final Deque<Future<Optional<DocumentTrace>>> ahead = new ArrayDeque<>();
        private DocumentTrace next;

        Tracer(Path folder, Iterator<ReuseStep.Listed> files) {
            this.tracer = new DocumentTracer(folder);
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null && (files.hasNext() || !ahead.isEmpty())) {
                while (files.hasNext() && ahead.size() < TRACED_AHEAD) {
                    ReuseStep.Listed file = files.next();
                    ahead.add(thread.submit(() -> tracer.trace(file)));
                }
                next = take(ahead.poll()).orElse(null);
            }
            if (next == null) {
                thread.shutdownNow();
            }
            return next != null;
        }

        @Override
        public DocumentTrace next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DocumentTrace out = next;
            next = null;
            return out;
        }

        void close() {
            thread.shutdownNow();
        }

        private Optional<DocumentTrace> take(Future<Optional<DocumentTrace>> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.shutdownNow();
                throw new java.io.UncheckedIOException(new IOException("interrupted", e));
            } catch (ExecutionException e) {
                thread.shutdownNow();
                Throwable cause = e.getCause();
                throw new java.io.UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
            }
        }
    }
}
