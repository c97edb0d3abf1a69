package org.disclosurelens.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;

/** Analyses one task and stores the result: the work a worker does, in a child JVM or in this one. */
final class TaskRunner {

    private final Analyzer analyzer;
    private final Path root;
    private final ResultCache cache;
    private boolean warm;

    TaskRunner(Analyzer analyzer, Path root, ResultCache cache) {
        this.analyzer = analyzer;
        this.root = root;
        this.cache = cache;
    }

    /**
     * Loads Tika and the classes of every stage by analysing a small sample, so that the first
     * real file's time limit is spent on that file, not on start-up.
     */
    synchronized void warmUp(Path scratch) throws IOException {
        if (warm) {
            return;
        }
        DocumentExtractor.warmUp();
        Path sample = scratch.resolve("warm-up" + OutputFolder.TMP);
        try (InputStream in = TaskRunner.class.getResourceAsStream("warm-up.txt")) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        analyzer.analyze(sample, scratch);
        Files.delete(sample);
        warm = true;
    }

    /**
     * The analyzer never throws for a bad file; an Error other than running out of memory (a
     * library's LinkageError, say) still becomes an error row rather than losing the file.
     */
    DocumentResult analyze(Task task) {
        try {
            return analyzer.analyze(task.file(), root);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Error e) {
            return DocumentResult.failed(task.id(), task.path(), 0, SourceFormat.OTHER, LimitMessages.internalError(e));
        }
    }

    void store(Task task, DocumentResult result) throws IOException {
        cache.put(task.key(), result, false);
    }
}
