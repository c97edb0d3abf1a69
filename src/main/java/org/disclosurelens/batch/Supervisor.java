package org.disclosurelens.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.disclosurelens.extract.scan.OcrClock;

/**
 * Hands tasks to a worker, at most one per thread, and enforces the limits: a task over the time
 * limit has its worker killed and gets a "time limit exceeded" row; a worker that dies (out of
 * memory) is replaced. When it held several tasks, the culprit is found by running each of them
 * again alone, so an innocent document is never reported for another's fault and comes out as it
 * would in a run of its own. The other tasks of a killed worker are simply handed out again.
 */
final class Supervisor {

    /**
     * Crashing (other than for memory) this many times in a row without finishing a task means the
     * worker cannot run at all, rather than that some files are hostile.
     */
    private static final int MAX_CRASHES_IN_A_ROW = 3;

    /** Makes and stores the rows of tasks the worker could not finish. */
    interface Failures {
        void timedOut(Task task, Duration limit) throws IOException;

        void killedWorker(Task task, Worker.Died death, long maxMemory) throws IOException;
    }

    /** A task in a worker: when it started, and the time it was given beyond the limit (pages read by OCR). */
    private record Running(Task task, long started, long extra) {

        Running more(long nanos) {
            return new Running(task, started, extra + nanos);
        }

        long deadline(Duration timeout) {
            return started + extra + timeout.toNanos();
        }
    }

    private final Worker.Factory factory;
    private final int threads;
    private final Duration timeout;
    private final Failures failures;
    private final IntConsumer done;

    private final Deque<Task> retry = new ArrayDeque<>();
    private final Deque<Task> suspects = new ArrayDeque<>();
    private final Map<Integer, Running> running = new LinkedHashMap<>();
    private Worker worker;
    private boolean solo;
    private int crashes;

    /** {@code timeout} zero: no limit. {@code done} hears the index of each task finished. */
    Supervisor(Worker.Factory factory, int threads, Duration timeout, Failures failures, IntConsumer done) {
        this.factory = factory;
        this.threads = Math.max(1, threads);
        this.timeout = timeout;
        this.failures = failures;
        this.done = done;
    }

    void run(Iterator<Task> tasks) throws IOException {
        try {
            while (feed(tasks) || !running.isEmpty()) {
                handle(worker.next(untilDeadline()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            if (worker != null) {
                worker.close();
            }
        }
    }

    private void handle(Worker.Event event) throws IOException {
        if (event instanceof Worker.Done d) {
            finished(d.index());
        } else if (event instanceof Worker.MoreTime m) {
            running.computeIfPresent(m.index(), (index, r) -> r.more(TimeUnit.SECONDS.toNanos(OcrClock.PAGE_SECONDS)));
        } else if (event instanceof Worker.Died d) {
            long heap = worker.maxMemory();
            stopWorker(false);
            buried(d, heap);
        } else if (event instanceof Worker.Broken b) {
            throw new IOException(b.reason());
        } else {
            Running late = overdue();
            if (late != null) {
                stopWorker(true);
                timedOut(late);
            }
        }
    }

    /** A new worker is started only when a task needs one, so a run with nothing left to do starts none. */
    private void stopWorker(boolean kill) {
        if (kill) {
            worker.kill();
        }
        worker.close();
        worker = null;
    }

    /** Submits what the worker can take; false when nothing is left to submit. */
    private boolean feed(Iterator<Task> tasks) throws IOException {
        if (solo) {
            return true;
        }
        if (!suspects.isEmpty()) {
            if (running.isEmpty()) {
                solo = true;
                start(suspects.poll());
            }
            return true;
        }
        while (running.size() < threads && (!retry.isEmpty() || tasks.hasNext())) {
            start(retry.isEmpty() ? tasks.next() : retry.poll());
        }
        return !retry.isEmpty() || tasks.hasNext();
    }

    private void start(Task task) throws IOException {
        if (worker == null) {
            worker = factory.start();
        }
        running.put(task.index(), new Running(task, System.nanoTime(), 0));
        worker.submit(task);
    }

    private void finished(int index) {
        if (running.remove(index) != null) {
            solo = false;
            crashes = 0;
            done.accept(index);
        }
    }

    private long untilDeadline() {
        if (timeout.isZero() || running.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long first = running.values().stream().mapToLong(r -> r.deadline(timeout)).min().orElseThrow();
        return Math.max(1, first - System.nanoTime());
    }

    private Running overdue() {
        long now = System.nanoTime();
        return timeout.isZero() ? null : running.values().stream()
                .filter(r -> now >= r.deadline(timeout)).findFirst().orElse(null);
    }

    /** The late task gets its row; the others in the killed worker go out again, in their order. */
    private void timedOut(Running late) throws IOException {
        running.remove(late.task().index());
        failures.timedOut(late.task(), timeout);
        requeueRunning(retry);
        solo = false;
        done.accept(late.task().index());
    }

    private void buried(Worker.Died death, long maxMemory) throws IOException {
        if (!death.outOfMemory() && ++crashes >= MAX_CRASHES_IN_A_ROW) {
            throw new BatchJob.Failure("the worker JVM keeps dying (" + death.reason() + "); try --in-process");
        }
        if (running.size() == 1) {
            Task culprit = running.values().iterator().next().task();
            running.clear();
            failures.killedWorker(culprit, death, maxMemory);
            solo = false;
            done.accept(culprit.index());
        } else {
            requeueRunning(suspects);
        }
    }

    private void requeueRunning(Deque<Task> queue) {
        List<Task> back = new ArrayList<>();
        running.values().forEach(r -> back.add(r.task()));
        running.clear();
        for (int i = back.size() - 1; i >= 0; i--) {
            queue.addFirst(back.get(i));
        }
    }
}
