package org.disclosurelens;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * Analyses each corpus file once per test run and shares the result between test classes (they
 * run in one JVM), since several tests look at the same renditions and analysis is the slow part.
 */
public final class AnalyzedCorpus {

    /** The folder analyze is pointed at in the tests: paths in documents.csv are relative to it. */
    public static final Path CORPUS = Path.of("corpus");
    private static final Analyzer ANALYZER = new Analyzer();
    private static final Map<Path, DocumentResult> RESULTS = new ConcurrentHashMap<>();

    private AnalyzedCorpus() {
    }

    /** The result for a file of corpus/ given relative to the project, its path reported relative to corpus/. */
    public static DocumentResult analyze(Path file) {
        return RESULTS.computeIfAbsent(file.normalize(), f -> ANALYZER.analyze(f, CORPUS));
    }
}
