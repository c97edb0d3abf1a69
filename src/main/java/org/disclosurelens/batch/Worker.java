package org.disclosurelens.batch;

import java.io.IOException;

/**
 * Something that analyses tasks and stores their results in the cache: a child JVM
 * ({@link ChildWorker}) or a thread pool in this JVM ({@link InProcessWorker}). The supervisor
 * gives it at most as many tasks as it has threads, so each task starts when submitted.
 */
interface Worker extends AutoCloseable {

    /** What a worker reports. */
    sealed interface Event {
    }

    /** The task's results are in the cache. */
    record Done(int index) implements Event {
    }

    /** The task is reading a page by OCR: its time limit grows by that page's allowance. */
    record MoreTime(int index) implements Event {
    }

    /** The worker is gone with the tasks it held; {@code outOfMemory} when its heap ran out. */
    record Died(String reason, boolean outOfMemory) implements Event {
    }

    /** The worker cannot store results (the output folder is not writable): the run cannot go on. */
    record Broken(String reason) implements Event {
    }

    /** Starts new workers; called again after a worker is killed or dies. */
    interface Factory {
        Worker start() throws IOException;
    }

    /**
     * The first worker from {@code first}, every later one (after a kill or a death) from
     * {@code then}: a small batch starts in this JVM, and the document it had to be stopped for,
     * and those after it, go to worker JVMs, where stopping one is safe.
     */
    static Factory firstThen(Factory first, Factory then) {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> started.getAndSet(true) ? then.start() : first.start();
    }

    void submit(Task task) throws IOException;

    /** The next event, waiting at most {@code nanos}; null when there was none in time. */
    Event next(long nanos) throws InterruptedException;

    /** The heap the worker may use, for messages. */
    long maxMemory();

    /** Stops the worker at once; returns when it can no longer write to the cache. */
    void kill();

    /** Lets the worker end after its last task. */
    @Override
    void close();
}
