package org.disclosurelens.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.disclosurelens.reuse.DocumentTrace;
import org.disclosurelens.reuse.PairAlignment;
import org.disclosurelens.reuse.ReuseStep;
import org.disclosurelens.reuse.ReuseWork;

/**
 * Copy detection's two costly passes as Spark stages: the executors trace the documents (each
 * reads its JSON from the output folder, which every node sees) and align the candidate pairs,
 * each task a stretch of pairs in ascending order with the core's {@link PairAlignment}, sent once
 * to each executor as a broadcast. The driver keeps what lies between (numbering the chunks in
 * corpus order and grouping them, 2% of the step) and the writing.
 *
 * <p>Each stage is computed in parallel and kept (memory, then disk) before the driver reads it
 * back task by task in order: {@code toLocalIterator} alone would compute one task at a time. The
 * driver thus holds one task's traces or passages at a time, never the corpus.
 */
final class SparkReuseWork implements ReuseWork {

    /** Documents a tracing task reads; pairs an alignment task aligns. */
    static final int DOCUMENTS_PER_TASK = 200;
    static final int PAIRS_PER_TASK = 500;

    private final JavaSparkContext context;

    SparkReuseWork(JavaSparkContext context) {
        this.context = context;
    }

    @Override
    public Iterator<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) {
        String root = folder.toAbsolutePath().toString();
        context.setJobDescription("copy detection: trace the documents");
        JavaRDD<DocumentTrace> traces = context.parallelize(listed, tasks(listed.size(), DOCUMENTS_PER_TASK)).mapPartitions(files -> {
            List<DocumentTrace> out = new ArrayList<>();
            while (files.hasNext()) {
                ReuseStep.Listed f = files.next();
                DocumentTrace.read(Path.of(root), f.id(), f.path(), DocumentTrace.signAll()).ifPresent(out::add);
            }
            return out.iterator();
        });
        return inOrder(traces);
    }

    @Override
    public Iterator<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) {
        List<PairAlignment.Task> all = new ArrayList<>(plan.pairs());
        tasks.forEachRemaining(all::add);
        Broadcast<PairAlignment> shared = context.broadcast(plan);
        context.setJobDescription("copy detection: align the candidate pairs");
        JavaRDD<PairAlignment.Result> results = context.parallelize(all, tasks(all.size(), PAIRS_PER_TASK))
                .mapPartitions(stretch -> shared.value().align(stretch));
        return new Released<>(inOrder(results), () -> shared.destroy());
    }

    /** Four tasks a core at least, and at most {@code each} items a task. */
    private int tasks(int items, int each) {
        return Math.max(1, Math.min(items, Math.max(4 * context.defaultParallelism(), (items + each - 1) / each)));
    }

    /** Computes every task at once, keeps the results, and reads them back task after task, in order. */
    private static <T> Iterator<T> inOrder(JavaRDD<T> rdd) {
        rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
        rdd.count();
        return new Released<>(rdd.toLocalIterator(), () -> rdd.unpersist(false));
    }

    /** An iterator that releases what it reads from once it is closed. */
    private static final class Released<T> implements Iterator<T>, AutoCloseable {
        private final Iterator<T> items;
        private final Runnable release;

        Released(Iterator<T> items, Runnable release) {
            this.items = items;
            this.release = release;
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public T next() {
            return items.next();
        }

        @Override
        public void close() throws Exception {
            if (items instanceof AutoCloseable inner) {
                inner.close();
            }
            release.run();
        }
    }
}
