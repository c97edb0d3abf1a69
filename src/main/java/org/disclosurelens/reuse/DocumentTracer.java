package org.disclosurelens.reuse;

import com.carrotsearch.hppc.LongHashSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Traces a stretch of the listed files, in corpus order: a chunk this tracer has seen in an earlier
 * document of its stretch is not signed again, since that document comes first in the corpus too
 * and the index keeps the first printer's signature. A tracer per stretch, each stretch in order,
 * gives the index everything it needs: {@code analyze} has one stretch, the whole corpus; each
 * task of the Spark job has its own.
 */
public final class DocumentTracer {

    private final Path folder;
    private final LongHashSet seen = new LongHashSet();

    /** A tracer of the documents saved in {@code folder}/json. */
    public DocumentTracer(Path folder) {
        this.folder = folder;
    }

    /**
     * The trace of the listed file's disclosure, which must come after every file this tracer
     * traced before in the corpus's order; empty when it has no JSON or is no disclosure.
     */
    public Optional<DocumentTrace> trace(ReuseStep.Listed file) throws IOException {
        Optional<DocumentTrace> t = DocumentTrace.read(folder, file.id(), file.path(), seen::contains);
        t.ifPresent(d -> {
            seen.addAll(d.searched().hashes());
            seen.addAll(d.template().hashes());
        });
        return t;
    }
}
