package org.disclosurelens.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.disclosurelens.extract.scan.OcrClock;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * A worker made of threads in this JVM ({@code --in-process}): no start-up cost and debuggable,
 * but a weaker guard. Killing it abandons its threads, which run on until their parse ends (Java
 * cannot stop a thread, and interrupting one is not safe here, see {@link #kill}); what they find
 * is discarded. Running out of memory here affects the whole
 * JVM, which is why the default is a child JVM.
 */
final class InProcessWorker implements Worker {

    private final TaskRunner runner;
    private final ExecutorService pool;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Object storing = new Object();
    private boolean killed;

    private InProcessWorker(TaskRunner runner, int threads) {
        this.runner = runner;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
    }

    static Factory factory(TaskRunner runner, int threads, Path scratch) {
        return () -> {
            runner.warmUp(scratch);
            return new InProcessWorker(runner, threads);
        };
    }

    @Override
    public void submit(Task task) {
        pool.execute(() -> run(task));
    }

    private void run(Task task) {
        DocumentResult result;
        try (OcrClock.Listening clock = OcrClock.listen(() -> events.add(new MoreTime(task.index())))) {
            result = runner.analyze(task);
        } catch (OutOfMemoryError e) {
            events.add(new Died("out of memory (" + e.getMessage() + ")", true));
            return;
        }
        synchronized (storing) {
            if (killed) {
                return;
            }
            try {
                runner.store(task, result);
            } catch (IOException e) {
                events.add(new Broken(e.toString()));
                return;
            }
        }
        events.add(new Done(task.index()));
    }

    @Override
    public Event next(long nanos) throws InterruptedException {
        return events.poll(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public long maxMemory() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * No interrupts: a thread interrupted while it initialises a class (Tika's, POI's, Log4j's)
     * can leave that class unusable for the rest of the JVM's life.
     */
    @Override
    public void kill() {
        synchronized (storing) {
            killed = true;
        }
        pool.shutdown();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
