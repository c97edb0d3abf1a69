package org.disclosurelens.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.disclosurelens.reuse.DocumentTrace;
import org.disclosurelens.reuse.DocumentTracer;
import org.disclosurelens.reuse.PairAlignment;
import org.disclosurelens.reuse.ReuseStep;
import org.disclosurelens.reuse.ReuseWork;

/**
 * Copy detection's two costly passes as Spark stages: the executors trace the documents (each
 * reads its JSON from the output folder, which every node sees) and align the candidate pairs,
 * each task a stretch of pairs in ascending order with the core's {@link PairAlignment}, sent once
 * to each executor as a broadcast: three quarters of the step's CPU. The driver keeps the rest
 * (numbering the chunks in corpus order and grouping them, the shared indicator rows, the writing)
 * and reads one task's traces or passages at a time ({@link OrderedStage}), never the corpus. The
 * tasks of the second pass carry their documents' chunk ids and are made on the driver: 4 bytes a
 * sentence of each candidate pair's two documents.
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
    public Stream<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) {
        String root = folder.toAbsolutePath().toString();
        context.setJobDescription("copy detection: trace the documents");
        int tasks = OrderedStage.tasks(context, listed.size(), DOCUMENTS_PER_TASK);
        return OrderedStage.read(context.parallelize(listed, tasks).mapPartitions(files -> {
            // A task's documents are a stretch of the corpus in order: one tracer signs each chunk once.
            DocumentTracer tracer = new DocumentTracer(Path.of(root));
            List<DocumentTrace> out = new ArrayList<>();
            while (files.hasNext()) {
                tracer.trace(files.next()).ifPresent(out::add);
            }
            return out.iterator();
        }));
    }

    @Override
    public Stream<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) {
        List<PairAlignment.Task> all = new ArrayList<>(plan.pairs());
        tasks.forEachRemaining(all::add);
        Broadcast<PairAlignment> shared = context.broadcast(plan);
        context.setJobDescription("copy detection: align the candidate pairs");
        int stretches = OrderedStage.tasks(context, all.size(), PAIRS_PER_TASK);
        return OrderedStage.read(context.parallelize(all, stretches).mapPartitions(stretch -> shared.value().align(stretch)))
                .onClose(() -> shared.destroy());
    }
}
