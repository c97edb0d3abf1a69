package org.disclosurelens.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made series: the seed (中共涞源县委网信办 2021年部门预算, "本年度预算收支安排110.93万元，较上年增加28.78万元",
 * a 三公 table with a 2020年度预算 column) and the same unit's document of the year before, written
 * from the seed by moving every year back by one and printing its total as another amount.
 */
class YearOverYearStepTest {

    static final Path SEED = Path.of("corpus", "seed", "000_2784683f1b3262b7.txt");

    @TempDir
    Path dir;

    @Test
    void agreesWhenLastYearsDocumentPrintsTheImpliedTotal() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.15")));

        List<Map<String, String>> rows = comparisons(out);
        assertEquals(List.of("三公经费/因公出国（境）费", "三公经费/公务用车购置及运行费/公务用车购置费",
                "三公经费/公务用车购置及运行费/公务用车运行费", "三公经费/公务接待费", "三公经费", "收支"),
                rows.stream().map(r -> r.get("item")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("agrees").equals("yes")), rows::toString);
        Map<String, String> total = rows.get(5);
        assertEquals("82.15", total.get("stated_last_year_wan"));
        assertEquals("110.93万元，较上年增加28.78万元", total.get("stated_as"));
        assertEquals("82.15", total.get("printed_wan"));
        assertEquals("2021", total.get("year"));
        assertEquals("2020", total.get("earlier_year"));
        assertEquals("2020年度预算 2", rows.get(3).get("stated_as"), "the table's last-year column, with its header");
        assertEquals(List.of(), flags(out));
    }

    @Test
    void flagsATotalThatDiffersFromLastYearsDocumentWithBothPlaces() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.25")));

        List<Map<String, String>> flags = flags(out);
        assertEquals(1, flags.size(), flags::toString);
        Map<String, String> flag = flags.get(0);
        Map<String, String> documents = ids(out);
        assertEquals(documents.get("a-2021.txt"), flag.get("document_id"));
        assertEquals("warning", flag.get("severity"), "a budget's 上年 may be the adjusted budget");
        assertEquals("arithmetic", flag.get("category"));
        assertEquals("82.25", flag.get("expected"));
        assertEquals("82.15", flag.get("actual"));
        assertEquals("本年度预算收支安排110.93万元，较上年增加28.78万元。", flag.get("evidence"));
        assertEquals(Integer.toString(lineOf(seed(), "本年度预算收支安排")), flag.get("line"));
        assertEquals(documents.get("b-2020.txt") + " l" + lineOf(seed(), "本年度预算收支安排"), flag.get("source"));
        assertTrue(flag.get("message_zh").contains("中共涞源县委网络安全和信息化委员会办公室（2020年部门预算）列2020年82.25万元"),
                flag.get("message_zh"));
        assertTrue(flag.get("message_zh").endsWith("相差-0.1万元"), flag.get("message_zh"));
        assertEquals("no", comparisons(out).get(5).get("agrees"));
    }

    @Test
    void toleratesOneCentOfRounding() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.16")));

        assertEquals(List.of(), flags(out));
    }

    @Test
    void agreeingWithOneOfTwoDocumentsOfLastYearIsAgreeing() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.15"),
                "c-2020-tables.txt", yearBefore(seed(), "82.25")));

        assertEquals(List.of("yes", "no"), comparisons(out).stream().filter(r -> r.get("item").equals("收支"))
                .map(r -> r.get("agrees")).sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of(), flags(out));
    }

    @Test
    void comparesNeitherAnotherKindNorAYearTwoYearsBefore() throws IOException {
        String unitBudget = yearBefore(seed(), "82.25").replace("部门预算", "单位预算");
        String twoYearsBefore = yearBefore(yearBefore(seed(), "82.25"), "82.25");
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", unitBudget, "c-2019.txt", twoYearsBefore));

        assertEquals(List.of(), comparisons(out));
        assertEquals(List.of(), flags(out));
    }

    /**
     * 普陀区 is a district of 上海 and of 舟山: their 委网信办 share a name, not a series. Both files
     * moved there (the 县委 of the seed become 区委), the same total that is flagged when both are
     * one unit's: compared when the names give one district, not when they give two.
     */
    @Test
    void sameNameInTwoDistrictsIsTwoSeries() throws IOException {
        String later = seed().replace("涞源县委", "上海市普陀区委").replace("涞源县", "上海市普陀区");
        String earlier = yearBefore(seed(), "82.25").replace("涞源县委", "上海市普陀区委").replace("涞源县", "上海市普陀区");
        Path sameDistrict = analyze(Map.of("a-2021.txt", later, "b-2020.txt", earlier));
        assertEquals(1, flags(sameDistrict).size(), () -> flags(sameDistrict).toString());

        Path twoDistricts = analyzeIn(dir.resolve("two"), Map.of("a-2021.txt", later, "b-2020.txt", earlier.replace("上海市普陀区", "舟山市普陀区")));

        assertEquals(List.of(), comparisons(twoDistricts));
        assertEquals(List.of(), flags(twoDistricts));
        Map<String, String> division = new LinkedHashMap<>();
        Cli.rows(twoDistricts.resolve("documents.csv")).forEach(r -> division.put(r.get("path"), r.get("issuer") + " " + r.get("division_code")));
        assertEquals(Map.of("a-2021.txt", "中共普陀区委网络安全和信息化委员会办公室 310107", "b-2020.txt",
                "中共普陀区委网络安全和信息化委员会办公室 330903"), division, "one name, two districts");
    }

    /** A document whose name gives no division joins the one division of its name, or none of two. */
    @Test
    void aDocumentWithoutDivisionJoinsTheOnlyDivisionOfItsName() {
        YearOverYearStep.Member shanghai = new YearOverYearStep.Member("a", "a.txt", 2021, "310107");
        YearOverYearStep.Member unknown = new YearOverYearStep.Member("c", "c.txt", 2020, "");
        YearOverYearStep.Member zhoushan = new YearOverYearStep.Member("b", "b.txt", 2020, "330903");

        assertEquals(Map.of("普陀区民政局|部门预算|", List.of(shanghai, unknown)),
                YearOverYearStep.byDivision(Map.of("普陀区民政局|部门预算", List.of(shanghai, unknown))));
        assertEquals(Map.of("普陀区民政局|部门预算|310107", List.of(shanghai), "普陀区民政局|部门预算|330903", List.of(zhoushan)),
                YearOverYearStep.byDivision(Map.of("普陀区民政局|部门预算", List.of(shanghai, unknown, zhoushan))));
    }

    @Test
    void seriesCommandAloneGivesTheSameFilesAgain() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.25")));
        String anomalies = Files.readString(out.resolve("anomalies.csv"));
        String comparisons = Files.readString(out.resolve(YearOverYearCsv.FILE));

        Cli.Run run = Cli.run("series", "--out", out.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 pairs with last year's, 6 amounts compared, 1 agree with no document of the year before (1 documents flagged)"), run.out());
        assertEquals(anomalies, Files.readString(out.resolve("anomalies.csv")));
        assertEquals(comparisons, Files.readString(out.resolve(YearOverYearCsv.FILE)));
    }

    @Test
    void aDisagreementWithAnAmountReadByOcrIsPossiblyMisread() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.25")));
        // Last year's document as if it had been a scan: its JSON lists its page (0 for a text file) as read by OCR.
        Path json = out.resolve("json").resolve(ids(out).get("b-2020.txt") + ".json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"ocr_pages\" : [ ]"), "the JSON lists no page read by OCR");
        Files.writeString(json, text.replace("\"ocr_pages\" : [ ]", "\"ocr_pages\" : [ {\"page\" : 0} ]"), StandardCharsets.UTF_8);

        assertEquals(0, Cli.run("series", "--out", out.toString()).code());

        Map<String, String> flag = flags(out).get(0);
        assertEquals("info", flag.get("severity"));
        assertEquals("low", flag.get("confidence"));
        assertEquals("an amount was read by OCR from a scanned page", flag.get("doubt"));
    }

    @Test
    void switchedOffTheRuleRaisesNoFlagButTheComparisonsAreStillWritten() throws IOException {
        Path out = analyze(Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.25")),
                "--disable", YearOverYearStep.RULE);

        assertEquals(List.of(), flags(out));
        assertEquals(List.of("no"), comparisons(out).stream().filter(r -> r.get("item").equals("收支")).map(r -> r.get("agrees")).toList());
        Cli.Run rules = Cli.run("analyze", "--rules");
        assertTrue(rules.out().contains(YearOverYearStep.RULE) && rules.out().contains("COPY-RARE-PASSAGE")
                && rules.out().contains(YearOverYearStep.STALE_RULE), rules.out());
    }

    /**
     * The earlier document is the seed with its years moved back: the seed's paragraphs with figures
     * are last year's text with the years updated. Those whose amounts the seed's tables print too
     * are info; the rule switched off, none.
     */
    @Test
    void paragraphsRepeatedFromLastYearAreToldAndCanBeSwitchedOff() throws IOException {
        Map<String, String> pair = Map.of("a-2021.txt", seed(), "b-2020.txt", yearBefore(seed(), "82.25"));
        List<Map<String, String>> stale = Cli.rows(analyze(pair).resolve("anomalies.csv")).stream()
                .filter(r -> r.get("rule").equals(YearOverYearStep.STALE_RULE)).toList();
        assertEquals(List.of("info 102 其中:项目支出增加28.78万元", "info 106 中共涞源县委网络安全和信息化委员会办公室机关运行经费安排5.69万元",
                "info 629 中共涞源县委网络安全和信息化委员会办公室2020年末固定资产总金额3.65万元（详见下表）"),
                stale.stream().map(r -> r.get("severity") + " " + r.get("line") + " " + r.get("evidence").split("[，。]")[0].strip()).toList());
        assertTrue(stale.stream().allMatch(r -> r.get("document_id").equals(ids(dir.resolve("out")).get("a-2021.txt"))));

        Path off = analyze(pair, "--disable", YearOverYearStep.STALE_RULE);
        assertEquals(List.of(), Cli.rows(off.resolve("anomalies.csv")).stream()
                .filter(r -> r.get("rule").equals(YearOverYearStep.STALE_RULE)).toList());
        assertEquals(1, flags(off).size());
    }

    /** The same unit's document one year earlier: every year moved back by one, the total printed as {@code total}. */
    static String yearBefore(String text, String total) {
        String moved = text;
        for (int y = 2016; y <= 2025; y++) {
            moved = moved.replace(Integer.toString(y), "Y" + (y - 1));
        }
        return moved.replace("Y", "").replace("110.93", total);
    }

    private static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    private Path analyze(Map<String, String> files, String... options) throws IOException {
        return analyzeIn(dir, files, options);
    }

    private static Path analyzeIn(Path dir, Map<String, String> files, String... options) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(in.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out");
        List<String> arguments = new java.util.ArrayList<>(List.of("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q"));
        arguments.addAll(List.of(options));
        Cli.Run run = Cli.run(arguments.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return out;
    }

    private static List<Map<String, String>> comparisons(Path out) {
        return Cli.rows(out.resolve(YearOverYearCsv.FILE));
    }

    private static List<Map<String, String>> flags(Path out) {
        return Cli.rows(out.resolve("anomalies.csv")).stream().filter(r -> r.get("rule").equals(YearOverYearStep.RULE)).toList();
    }

    /** File name to document id. */
    private static Map<String, String> ids(Path out) {
        Map<String, String> ids = new LinkedHashMap<>();
        Cli.rows(out.resolve("documents.csv")).forEach(r -> ids.put(Path.of(r.get("path")).getFileName().toString(), r.get("id")));
        return ids;
    }


    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + start);
    }
}
