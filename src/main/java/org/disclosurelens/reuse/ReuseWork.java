package org.disclosurelens.reuse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where copy detection's two costly passes run: tracing every document ({@link DocumentTrace})
 * and aligning the candidate pairs ({@link PairAlignment}), three quarters of the step's CPU at
 * 10,000 documents (JFR: tracing 40%, aligning 35%). The rest runs where {@link ReuseStep} runs:
 * numbering the chunks in corpus order and grouping them (6%), the indicator rows two issuers share
 * (11%, {@link IndicatorIndex#runs}) and the writing. {@link #LOCAL} is {@code analyze}'s; the Spark job spreads
 * both over its executors. Either gives the same files.
 */
public interface ReuseWork {

    /** Traces on a second thread, a few documents ahead of the index, and aligns on the calling one. */
    ReuseWork LOCAL = new LocalReuseWork();

    /**
     * The traces of the {@code listed} files' disclosures, in the order listed: files without JSON
     * in {@code folder}/json and documents that are no disclosure have none. Closing the stream
     * releases what made it; an unreadable JSON is an {@link java.io.UncheckedIOException}.
     */
    Stream<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) throws IOException;

    /** One result per task, in the tasks' order (ascending pairs); closed as {@link #traces}. */
    Stream<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) throws IOException;
}
