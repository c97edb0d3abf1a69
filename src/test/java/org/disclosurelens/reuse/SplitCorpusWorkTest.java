package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.cli.Main;
import org.disclosurelens.series.SeriesWork;
import org.disclosurelens.series.YearOverYearCsv;
import org.disclosurelens.series.YearOverYearStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus steps give the same files when their costly parts run as a cluster runs them. Copy
 * detection: each document traced alone (every chunk signed, no knowledge of the documents before
 * it), and the candidate pairs aligned in separate stretches, each by its own copy of the plan. The
 * series: each compared in a stretch of its own. Traces, plan, tasks, series and results cross a
 * Java serialisation boundary as they cross the network in the Spark job. Run on the committed
 * generated corpus, which plants copies and series, as text and as HTML (each document twice:
 * renditions, which stand for each other).
 */
class SplitCorpusWorkTest {

    @TempDir
    Path dir;

    @Test
    void splitWorkWritesWhatLocalWorkWritesOnTheGeneratedCorpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("corpus", "generated"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path local = dir.resolve("local");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"analyze", in.toString(), "--out", local.toString(), "-q", "--in-process"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        Path split = dir.resolve("split");
        copyTree(local, split);

        new ReuseStep(ReuseSettings.DEFAULT).run(local);
        Stretches work = new Stretches(3);
        ReuseStep.Summary s = new ReuseStep(ReuseSettings.DEFAULT).run(split, work);

        assertEquals(s.documents(), work.traced, "every disclosure traced by the split work");
        assertEquals(s.candidatePairs(), work.aligned, "every candidate pair aligned by the split work");
        assertTrue(s.candidatePairs() > 0, "pairs to align");
        assertTrue(s.renditions() > 0, "renditions: " + s);
        assertTrue(s.acrossIssuers() >= 5 && s.series() > 0, "copies and a series found: " + s);
        assertSame(local, split, List.of(ReuseCsv.FILE, IndicatorClustersCsv.FILE, "anomalies.csv", "documents.csv"));

        new YearOverYearStep().run(local, RuleChoice.ALL);
        SeriesStretches series = new SeriesStretches();
        YearOverYearStep.Summary y = new YearOverYearStep().run(split, RuleChoice.ALL, series);
        assertTrue(y.pairs() > 0 && y.compared() > 0, "series compared: " + y);
        assertTrue(series.compared > 1, "series: " + series.compared);
        assertSame(local, split, List.of(YearOverYearCsv.FILE, "panel.csv", "anomalies.csv"));
    }

    private static void assertSame(Path local, Path split, List<String> names) throws IOException {
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(local.resolve(name)), Files.readAllBytes(split.resolve(name)), name);
        }
    }

    /** Compares each series in a stretch of its own, the members and the results serialised across. */
    private static final class SeriesStretches implements SeriesWork {
        int compared;

        @Override
        public Stream<YearOverYearStep.Found> compare(Path folder, List<List<YearOverYearStep.Member>> series) {
            List<YearOverYearStep.Found> out = new ArrayList<>();
            for (List<YearOverYearStep.Member> members : series) {
                try {
                    out.add(across(YearOverYearStep.compare(folder, across(new ArrayList<>(members)))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            compared = out.size();
            return out.stream();
        }
    }

    /** Traces each document alone, and aligns the pairs in {@code stretches} stretches, everything serialised across. */
    private static final class Stretches implements ReuseWork {
        private final int stretches;
        int traced;
        int aligned;

        Stretches(int stretches) {
            this.stretches = stretches;
        }

        @Override
        public Stream<DocumentTrace> traces(Path folder, List<ReuseStep.Listed> listed) throws IOException {
            List<DocumentTrace> out = new ArrayList<>();
            for (ReuseStep.Listed f : listed) {
                // A tracer of its own: the document is traced as if it began a task.
                new DocumentTracer(folder).trace(f).ifPresent(t -> {
                    DocumentTrace sent = across(t);
                    // its text stays behind: the second pass reads each document's JSON, not a spill
                    assertTrue(t.searchedText().isPresent() && sent.searchedText().isEmpty());
                    out.add(sent);
                });
            }
            traced = out.size();
            return out.stream();
        }

        @Override
        public Stream<PairAlignment.Result> align(PairAlignment plan, Iterator<PairAlignment.Task> tasks) {
            List<PairAlignment.Task> all = new ArrayList<>();
            tasks.forEachRemaining(t -> all.add(across(t)));
            List<PairAlignment.Result> out = new ArrayList<>();
            int each = Math.max(1, (all.size() + stretches - 1) / stretches);
            for (int from = 0; from < all.size(); from += each) {
                across(plan).align(all.subList(from, Math.min(all.size(), from + each)).iterator())
                        .forEachRemaining(r -> out.add(across(r)));
            }
            aligned = out.size();
            return out.stream();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T across(T object) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
