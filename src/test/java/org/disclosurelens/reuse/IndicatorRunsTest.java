package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indicator rows copied between documents of the committed generated corpus: the first rows of
 * one document's first 绩效目标表 (二级指标 to 依据, as it filled them) written over the first rows of
 * another's, in a corpus of two or three documents.
 */
class IndicatorRunsTest {

    static final Path CORPUS = Path.of("corpus", "generated");
    /** 卫健局 (230231): 购置设备台件数 为乡镇卫生院购置设备 59台件, then 覆盖乡镇卫生院数 … 12所. */
    static final String HEALTH = "g0002_230231_health_2019.txt";
    /** Another 卫健局 (321023), the same two rows named alike with its own figures. */
    static final String OTHER_HEALTH = "g0010_321023_health_2022.txt";
    /** 民政局 (310101). */
    static final String CIVIL = "g0009_310101_civil_2020.txt";
    static final String ROWS = "购置设备台件数 为乡镇卫生院购置设备 59台件；覆盖乡镇卫生院数 受益卫生院数量 12所";

    @TempDir
    Path dir;

    @Test
    void twoRowsOfAnotherKindsTableWithAFigureOfItsOwnAreACopyInACorpusOfTwo() throws IOException {
        Path out = analyze(Map.of(HEALTH, read(HEALTH), CIVIL, copyRows(read(HEALTH), read(CIVIL), 2)));
        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(List.of("5", "5", ROWS, ROWS), List.of(rows.get(0).get("part_a"), rows.get(0).get("part_b"),
                rows.get(0).get("text_a"), rows.get(0).get("text_b")));
        assertEquals(List.of("warning", "warning"), flags(out).stream().map(f -> f.get("severity")).toList(),
                "two documents: neither is known to hold the rows rightly");
    }

    @Test
    void theDocumentOfTheKindThatNamesItsRowsSoHoldsThemRightly() throws IOException {
        Path out = analyze(Map.of(HEALTH, read(HEALTH), OTHER_HEALTH, read(OTHER_HEALTH),
                CIVIL, copyRows(read(HEALTH), read(CIVIL), 2)));
        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).get("unit_a").contains("卫生健康") && rows.get(0).get("unit_b").contains("民政"), rows::toString);
        Map<String, String> ids = ids(out);
        Map<String, String> severity = new TreeMap<>();
        flags(out).forEach(f -> severity.put(ids.get(f.get("document_id")), f.get("severity")));
        // The two 卫健局 also both print the model's 基本公卫 project (purpose, goals, indicator names,
        // their figures apart), which a corpus of three cannot tell from a copy: an info on the later
        // (the known limit of small corpora, docs/rules.md COPY-RARE-PASSAGE).
        assertEquals(Map.of(CIVIL, "warning", HEALTH, "info", OTHER_HEALTH, "info"), severity, flags(out).toString());
    }

    @Test
    void oneRowOrRowsOfOneKindThatMayAgreeByChanceAreNoCopy() throws IOException {
        Path one = analyze(Map.of(HEALTH, read(HEALTH), CIVIL, copyRows(read(HEALTH), read(CIVIL), 1)));
        assertEquals(List.of(), suspicious(one));
        // Two 卫健局 filling one model's rows with two one-digit counts alike: chance.
        String small = read(HEALTH).replace("\t59台件", "\t5台件").replace("\t12所", "\t2所");
        Path sameKind = analyze(Map.of(HEALTH, small, OTHER_HEALTH, copyRows(small, read(OTHER_HEALTH), 2)));
        assertEquals(List.of(), suspicious(sameKind), "5台件 and 2所 in one model's rows may agree by chance");
    }

    @Test
    void rowsOfOneKindWithFiguresThatHardlyAgreeByChanceAreACopy() throws IOException {
        Path out = analyze(Map.of(HEALTH, read(HEALTH), OTHER_HEALTH, copyRows(read(HEALTH), read(OTHER_HEALTH), 2)));
        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(List.of(ROWS, ROWS), List.of(rows.get(0).get("text_a"), rows.get(0).get("text_b")),
                "59台件 and 12所 (two two-digit counts) alike: a copy");
    }

    @Test
    void rowsOfOneKindAlikeButForTheirBasisAreNoCopy() throws IOException {
        String other = copyRows(read(HEALTH), read(OTHER_HEALTH), 2);
        List<String> lines = new ArrayList<>(List.of(other.split("\n", -1)));
        int first = rowStarts(lines).get(0);
        int second = rowStarts(lines).get(1);
        lines.set(first + 5, lines.get(first + 5).equals("\t行业标准") ? "\t历史标准" : "\t行业标准");
        lines.set(second + 5, lines.get(second + 5).equals("\t行业标准") ? "\t历史标准" : "\t行业标准");
        Path out = analyze(Map.of(HEALTH, read(HEALTH), OTHER_HEALTH, String.join("\n", lines)));
        assertEquals(List.of(), suspicious(out), "the same figures on other grounds (指标值确定依据) are the unit's own");
    }

    /**
     * {@code target} with the cells 二级指标 to 依据 of its first {@code n} indicator rows replaced
     * by those of {@code source}'s first rows (the txt rendition prints each row as six
     * tab-prefixed cells after a blank line, 一级指标 first).
     */
    static String copyRows(String source, String target, int n) {
        List<String> from = List.of(source.split("\n", -1));
        List<String> to = new ArrayList<>(List.of(target.split("\n", -1)));
        List<Integer> a = rowStarts(from);
        List<Integer> b = rowStarts(to);
        for (int k = 0; k < n; k++) {
            for (int c = 1; c < 6; c++) {
                to.set(b.get(k) + c, from.get(a.get(k) + c));
            }
        }
        return String.join("\n", to);
    }

    /** The first line of each indicator row of the first table with 三级指标, in order. */
    private static List<Integer> rowStarts(List<String> lines) {
        int header = lines.indexOf("\t三级指标");
        List<Integer> starts = new ArrayList<>();
        for (int i = header + 4; i + 6 < lines.size() && lines.get(i).isEmpty(); i += 7) {
            if (lines.subList(i + 1, i + 7).stream().allMatch(l -> l.startsWith("\t"))) {
                starts.add(i + 1);
            }
        }
        assertTrue(starts.size() >= 2, "indicator rows found: " + starts);
        return starts;
    }

    private Path analyze(Map<String, String> files) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + Files.list(dir).count()));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(in.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out" + Files.list(dir).count());
        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q");
        assertEquals(0, run.code(), run.err());
        return out;
    }

    private static String read(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    }

    /** reuse.csv rows across issuers that are not template, with ；-joined indicator rows. */
    private static List<Map<String, String>> suspicious(Path out) {
        return Cli.rows(out.resolve("reuse.csv")).stream().filter(r -> r.get("template").equals("no") && r.get("same_series").equals("no")
                && r.get("text_a").contains("；")).toList();
    }

    private static List<Map<String, String>> flags(Path out) {
        return Cli.rows(out.resolve("anomalies.csv")).stream().filter(r -> r.get("rule").equals(ReuseStep.RULE)).toList();
    }

    private static Map<String, String> ids(Path out) {
        Map<String, String> ids = new TreeMap<>();
        Cli.rows(out.resolve("documents.csv")).forEach(r -> ids.put(r.get("id"), Path.of(r.get("path")).getFileName().toString()));
        return ids;
    }
}
