package org.disclosurelens.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Maps items on a few threads and gives the results in the items' order. Each thread owns one
 * worker (a tracer with the chunks it has seen, an aligner with its document cache) and takes whole
 * stretches of consecutive items, stretch k going to worker k mod n: a worker sees its items in
 * input order, as a task of the Spark job does, so its state stays true. Written by hand because
 * the JDK's parallel streams neither keep an item on the thread of its stretch nor read a bounded
 * window ahead.
 */
final class StretchedMap<I, O> implements Iterator<O> {

    /** A worker's function; its IOException reaches the reader as an {@link UncheckedIOException}. */
    interface Work<I, O> {
        O apply(I item) throws IOException;
    }

    private final Iterator<I> items;
    private final List<Work<I, O>> workers;
    private final List<ExecutorService> threads = new ArrayList<>();
    private final int stretch;
    private final int ahead;
    private final Deque<Future<O>> window = new ArrayDeque<>();
    private long submitted;

    /**
     * @param stretch consecutive items a worker takes at a time
     * @param ahead items mapped ahead of the reader, at most
     */
    StretchedMap(Iterator<I> items, List<Work<I, O>> workers, int stretch, int ahead, String name) {
        this.items = items;
        this.workers = List.copyOf(workers);
        this.stretch = stretch;
        this.ahead = ahead;
        for (int k = 0; k < workers.size(); k++) {
            String threadName = name + "-" + k;
            threads.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    /** How many threads to use on this machine: one a core, at most four. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public boolean hasNext() {
        while (items.hasNext() && window.size() < ahead) {
            I item = items.next();
            int k = (int) (submitted++ / stretch % workers.size());
            Work<I, O> work = workers.get(k);
            window.add(threads.get(k).submit(() -> work.apply(item)));
        }
        if (window.isEmpty()) {
            close();
            return false;
        }
        return true;
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new UncheckedIOException(new IOException("interrupted", e));
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    /** Stops the threads; items not read are dropped. */
    void close() {
        threads.forEach(ExecutorService::shutdownNow);
    }
}
