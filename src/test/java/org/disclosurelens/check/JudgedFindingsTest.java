package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdicts of src/test/resources/judged-findings.csv hold: every warning and error that
 * {@code analyze} raises on a judged corpus was read against its page (docs/quality.md), none that
 * was judged false comes back, and none that was judged true disappears. The committed corpora
 * (corpus/real, corpus/cities) are always checked; the full corpora beside the project
 * (../shared/corpus-real, ../shared/corpus-cities) too when they are there.
 *
 * <p>A finding is matched to its verdict on file name, rule, evidence (white space removed, first
 * 80 characters) and, for copy findings, the other file. A finding on a second copy of a file (same
 * content) counts once. A new warning or error that no verdict covers fails the test: read it
 * against the page and add its verdict (a new round in the {@code judged} column). A verdict
 * {@code superseded} is a true finding now raised under another key (its evidence read better),
 * which has a verdict of its own; it is kept for the history of the measure and not checked.
 *
 * <p>On the city budgets, what was read is held too: kind, unit, year and headline totals of each
 * document against the hand-checked src/test/resources/cities-truth.csv.
 */
class JudgedFindingsTest {

    private static final Path JUDGED = Path.of("src", "test", "resources", "judged-findings.csv");
    private static final Path TRUTH = Path.of("src", "test", "resources", "cities-truth.csv");
    private static final Set<String> BUDGET_TYPES = Set.of("budget", "final-accounts");
    /** Columns of cities-truth.csv and the documents.csv columns that hold the same total. */
    private static final Map<String, String> TRUTH_AMOUNTS = Map.of("income_total_wan", "income_wan",
            "expenditure_total_wan", "expenditure_wan", "three_public_wan", "three_public_wan",
            "basic_wan", "basic_wan", "project_wan", "project_wan");

    /** A finding as the verdicts key it. */
    record Key(String file, String rule, String evidence, String sourceFile) {

        @Override
        public String toString() {
            return file + " | " + rule + " | " + evidence + (sourceFile.isEmpty() ? "" : " | with " + sourceFile);
        }
    }

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("real", Path.of("corpus", "real")),
                Arguments.of("cities", Path.of("corpus", "cities")),
                Arguments.of("real", Path.of("..", "shared", "corpus-real")),
                Arguments.of("cities", Path.of("..", "shared", "corpus-cities")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpora")
    void everyWarningAndErrorIsJudgedAndTheVerdictsHold(String corpus, Path folder, @TempDir Path out) throws IOException {
        assumeTrue(Files.isDirectory(folder), folder + " is not here (only the committed corpora are checked)");
        assertEquals(0, Cli.run("analyze", folder.toString(), "--out", out.toString(), "--in-process", "-q").code());

        Map<Key, String> verdicts = verdicts(corpus);
        Set<String> present = new LinkedHashSet<>();
        Map<String, String> files = new HashMap<>();
        for (Map<String, String> d : Cli.rows(out.resolve("documents.csv"))) {
            String name = Path.of(d.get("path")).getFileName().toString();
            present.add(name);
            files.putIfAbsent(d.get("id"), name);
        }
        Set<Key> raised = new LinkedHashSet<>();
        for (Map<String, String> a : Cli.rows(out.resolve("anomalies.csv"))) {
            if (a.get("severity").equals("warning") || a.get("severity").equals("error")) {
                String source = a.get("source").isEmpty() ? "" : files.getOrDefault(a.get("source").split(" ")[0], "");
                raised.add(new Key(files.get(a.get("document_id")), a.get("rule"), evidenceKey(a.get("evidence")), source));
            }
        }

        List<String> problems = new ArrayList<>();
        for (Key k : raised) {
            String v = verdicts.get(k);
            if (v == null) {
                problems.add("not judged yet: " + k);
            } else if (v.equals("false")) {
                problems.add("judged false, raised again: " + k);
            }
        }
        verdicts.forEach((k, v) -> {
            boolean inRun = present.contains(k.file()) && (k.sourceFile().isEmpty() || present.contains(k.sourceFile()));
            if (v.equals("true") && inRun && !raised.contains(k)) {
                problems.add("judged true, no longer raised: " + k);
            }
        });
        if (corpus.equals("cities")) {
            problems.addAll(misread(Cli.rows(out.resolve("documents.csv"))));
        }
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 40)),
                problems.size() + " problems on " + folder + " (the first 40 listed)");
    }

    /**
     * What each document of the run holds against src/test/resources/cities-truth.csv, the
     * hand-checked kind, unit, year and headline totals of the city budgets (the same comparison
     * as scripts/reading-accuracy.py): every one must be read right.
     */
    static List<String> misread(List<Map<String, String>> documents) {
        Map<String, Map<String, String>> byName = new HashMap<>();
        documents.forEach(d -> byName.put(Path.of(d.get("path")).getFileName().toString(), d));
        List<String> misses = new ArrayList<>();
        for (Map<String, String> t : Cli.rows(TRUTH)) {
            String name = t.get("files").split(";")[0];
            Map<String, String> d = byName.get(name);
            if (d == null) {
                continue;
            }
            boolean budget = BUDGET_TYPES.contains(t.get("kind"));
            String type = d.get("document_type");
            if (budget != BUDGET_TYPES.contains(type) || type.isEmpty()) {
                misses.add("misread " + name + ": kind " + t.get("kind") + ", read " + type);
            }
            if (!budget) {
                continue;
            }
            if (!foldName(d.get("unit")).equals(foldName(t.get("unit"))) || !d.get("year").equals(t.get("year"))) {
                misses.add("misread " + name + ": " + t.get("unit") + " " + t.get("year") + ", read " + d.get("unit") + " " + d.get("year"));
            }
            TRUTH_AMOUNTS.forEach((truthColumn, column) -> {
                if (!t.get(truthColumn).isEmpty() && (d.get(column).isEmpty()
                        || new BigDecimal(t.get(truthColumn)).compareTo(new BigDecimal(d.get(column))) != 0)) {
                    misses.add("misread " + name + ": " + column + " " + t.get(truthColumn) + ", read " + d.get(column));
                }
            });
        }
        return misses;
    }

    private static String foldName(String unit) {
        return unit.replaceAll("(?U)\\s+", "").replace('(', '（').replace(')', '）');
    }

    /** The evidence as the verdicts key it. */
    static String evidenceKey(String evidence) {
        String folded = evidence.replaceAll("(?U)\\s+", "");
        return folded.codePointCount(0, folded.length()) <= 80 ? folded
                : folded.substring(0, folded.offsetByCodePoints(0, 80));
    }

    private static Map<Key, String> verdicts(String corpus) {
        Map<Key, String> verdicts = new HashMap<>();
        for (Map<String, String> r : Cli.rows(JUDGED)) {
            if (r.get("corpus").equals(corpus)) {
                verdicts.put(new Key(r.get("file"), r.get("rule"), r.get("evidence"), r.get("source_file")), r.get("verdict"));
            }
        }
        return verdicts;
    }
}
