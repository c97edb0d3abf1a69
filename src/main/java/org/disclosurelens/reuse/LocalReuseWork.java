package org.disclosurelens.reuse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Copy detection's passes in one JVM, on one thread a core (at most four) beside the caller's,
 * which numbers the traces and writes the results in order ({@link StretchedMap}). Each tracing
 * thread has its own {@link DocumentTracer} and takes stretches of consecutive documents, so a
 * chunk is signed at most once a thread; each aligning thread has its own
 * {@link PairAlignment.Worker} and takes stretches of consecutive pairs, which mostly share their
 * first document, read once.
 */
final class LocalReuseWork implements ReuseWork {

    /** Documents a tracing thread takes at a time, and pairs an aligning one takes. */
    private static final int DOCUMENTS_PER_STRETCH = 32;
    private static final int PAIRS_PER_STRETCH = 64;

    @Override
    public Stream<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) {
        List<StretchedMap.Work<ReuseStep.Listed, Optional<DocumentTrace>>> tracers = new ArrayList<>();
        for (int k = 0; k < StretchedMap.threads(); k++) {
            tracers.add(new DocumentTracer(folder)::trace);
        }
        StretchedMap<ReuseStep.Listed, Optional<DocumentTrace>> traced = new StretchedMap<>(listed.iterator(), tracers,
                DOCUMENTS_PER_STRETCH, 2 * DOCUMENTS_PER_STRETCH * tracers.size(), "reuse-trace");
        return ordered(traced).onClose(traced::close).flatMap(Optional::stream);
    }

    @Override
    public Stream<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) {
        List<StretchedMap.Work<PairAlignment.Task, PairAlignment.Result>> workers = new ArrayList<>();
        for (int k = 0; k < StretchedMap.threads(); k++) {
            workers.add(plan.worker()::align);
        }
        StretchedMap<PairAlignment.Task, PairAlignment.Result> aligned = new StretchedMap<>(tasks, workers, PAIRS_PER_STRETCH,
                2 * PAIRS_PER_STRETCH * workers.size(), "reuse-align");
        return ordered(aligned).onClose(aligned::close);
    }

    private static <T> Stream<T> ordered(Iterator<T> items) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
