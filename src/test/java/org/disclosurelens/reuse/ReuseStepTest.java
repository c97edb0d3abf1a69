package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.cli.Main;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made pairs: the seed (中共涞源县委网信办 2021) and a county statistics bureau of another
 * county written for these tests, which shares only the template parts with the seed
 * (preamble citation, glossary, table headers). Passages of the seed are planted into it.
 */
class ReuseStepTest {

    static final Path SEED = Path.of("corpus", "seed", "000_2784683f1b3262b7.txt");
    static final Path OTHER = Path.of("src", "test", "resources", "reuse", "other-issuer.txt");
    /** A duty of the seed's part 1, as the seed prints it. */
    static final String DUTY = "(三)统筹协调全县网络安全保障体系和可信体系建设。牵头协调有关部门制定相关行业网络安全规划及保障评价指标体系，"
            + "协调信息安全保护工作；指导推进全县党政军部门、重点行业网络安全保障和信息化工作；统筹推进网络安全和信息化军民融合深度发展；"
            + "推进网络强县建设，协调推动全县公共服务和社会治理信息化；指导全县网络安全信息共享和通报。";

    @TempDir
    Path dir;

    @Test
    void reportsNothingSuspiciousWhenOnlyTemplatePartsAreShared() throws IOException {
        Path out = analyze(Map.of("seed.txt", seed(), "other.txt", other()));

        assertTrue(suspicious(out).isEmpty(), () -> suspicious(out).toString());
        assertEquals(0, copyFlags(out).size(), "no copy-paste flag");
        for (Map<String, String> row : rows(out.resolve("reuse.csv"))) {
            assertFalse(row.get("text_a").contains("财政拨款收入"), "the glossary is never a passage: " + row);
            assertFalse(row.get("text_a").contains("地方预决算公开操作规程"), "nor the opening citation: " + row);
        }
    }

    @Test
    void aPassageWithinModelTextTheUserNamesIsTemplate() throws IOException {
        String other = other().replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
        Path models = dir.resolve("models.txt");
        // The model as a province might publish it: list number and punctuation of its own.
        Files.writeString(models, "# 省定部门职责范本\n" + DUTY.replace("(三)", "3. ").replace("；", ";") + "\n", StandardCharsets.UTF_8);
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other));
        assertEquals(1, suspicious(out).size(), "without the model text, a copy");

        Cli.Run rerun = Cli.run("reuse", "--out", out.toString(), "-q", "--templates", models.toString());
        assertEquals(0, rerun.code(), rerun.err());
        // A pair that shares template passages only is left out of reuse.csv.
        assertEquals(List.of(), suspicious(out));
        assertEquals(0, copyFlags(out).size());

        Cli.Run bad = Cli.run("reuse", "--out", out.toString(), "--templates", dir.resolve("missing.txt").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--templates"), bad.err());
    }

    @Test
    void flagsAnExactCopyWithBothSpans() throws IOException {
        String other = other().replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other));

        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals("exact", row.get("match"));
        assertEquals("1.00", row.get("similarity"));
        assertEquals("中共涞源县委网络安全和信息化委员会办公室", row.get("unit_a"));
        assertEquals("阜平县统计局", row.get("unit_b"));
        assertEquals("130624", row.get("division_code_b"));
        assertEquals("1", row.get("part_a"));
        assertEquals("1", row.get("part_b"));
        assertEquals(Integer.toString(lineOf(seed(), "(三)统筹协调")), row.get("line_a"));
        assertEquals(Integer.toString(lineOf(other, "(三)统筹协调")), row.get("line_b"));
        assertEquals(withoutNumber(DUTY), row.get("text_a"), "the list number is no part of the passage");
        assertEquals(withoutNumber(DUTY), row.get("text_b"));
        assertEquals(FoldedText.fold(DUTY).length(), Integer.parseInt(row.get("length")));
        assertEquals("2", row.get("issuers"));
        assertEquals("no", row.get("template"));
        assertEquals("no", row.get("same_series"));

        List<Map<String, String>> flags = copyFlags(out);
        assertEquals(2, flags.size(), "one flag on each document of the pair: " + flags);
        assertEquals(row.get("document_a"), flags.get(0).get("document_id"));
        assertEquals("COPY-RARE-PASSAGE", flags.get(0).get("rule"));
        assertEquals("copy-paste", flags.get(0).get("category"));
        assertEquals(row.get("document_b") + " l" + row.get("line_b"), flags.get(0).get("source"));
        assertEquals(row.get("document_a") + " l" + row.get("line_a"), flags.get(1).get("source"));
        assertTrue(flags.get(1).get("message_zh").startsWith("与中共涞源县委网络安全和信息化委员会办公室（2021年）共有1段"),
                flags.get(1).get("message_zh"));
    }

    /**
     * One document saved as two files: documents.csv says which is a copy of which, and the copy is
     * reported once, between the first file and the other issuer's document, not once per file.
     */
    @Test
    void reportsACopyOnceWhateverTheNumberOfFilesOfTheDocument() throws IOException {
        String other = other().replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a-seed.txt", seed());
        files.put("b-other.txt", other);
        files.put("c-seed-again.txt", seed());
        Path out = analyze(files);

        Map<String, String> sameAs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, String> d : rows(out.resolve("documents.csv"))) {
            names.putIfAbsent(d.get("id"), Path.of(d.get("path")).getFileName().toString());
            sameAs.put(Path.of(d.get("path")).getFileName().toString(),
                    d.get("same_as").isEmpty() ? "" : Path.of(d.get("same_as")).getFileName().toString());
        }
        assertEquals(Map.of("a-seed.txt", "", "b-other.txt", "", "c-seed-again.txt", "a-seed.txt"), sameAs);
        assertEquals(1, suspicious(out).size(), () -> suspicious(out).toString());
        List<Map<String, String>> flags = copyFlags(out);
        assertEquals(List.of("a-seed.txt", "b-other.txt"), flags.stream().map(f -> names.get(f.get("document_id"))).sorted().toList());
    }

    @Test
    void switchedOffTheRuleRaisesNoFlagButReuseCsvStillListsTheCopy() throws IOException {
        String other = other().replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other), "--disable", ReuseStep.RULE);

        assertEquals(1, suspicious(out).size());
        assertEquals(List.of(), copyFlags(out));
    }

    @Test
    void flagsACopyWithEditsAsNear() throws IOException {
        String goal = paragraphStartingWith(seed(), "2.加强监测");
        String edited = goal.replace("我县", "阜平县").replace("我办", "我局").replace("软年", "软件").replace("涉慈", "涉统计");
        String other = other().replace("二、职责分类绩效目标：", edited + "\n\n二、职责分类绩效目标：");
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other));

        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("near", rows.get(0).get("match"));
        double similarity = Double.parseDouble(rows.get(0).get("similarity"));
        assertTrue(similarity >= 0.9 && similarity < 1, "similarity " + similarity);
        assertEquals("5", rows.get(0).get("part_a"));
        assertEquals("5", rows.get(0).get("part_b"));
        assertTrue(rows.get(0).get("text_b").contains("阜平县网上群众工作思想路线"), rows.get(0).get("text_b"));
        assertEquals(2, copyFlags(out).size());
    }

    @Test
    void reportsTheSameIssuerInAnotherYearAsASeriesWithoutFlags() throws IOException {
        String nextYear = seed().replace("2021", "2022").replace("110.93", "120.50").replace("28.78", "9.57");
        Path out = analyze(Map.of("2021.txt", seed(), "2022.txt", nextYear));

        List<Map<String, String>> rows = rows(out.resolve("reuse.csv"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("same_series").equals("yes")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("text_a").contains("(一)负责处理县委网络安全") && r.get("part_a").equals("1")),
                rows::toString);
        assertEquals(0, copyFlags(out).size());
    }

    @Test
    void treatsAPassageOfManyIssuersAsTemplateAndStillFlagsARareOne() throws IOException {
        String goal = paragraphStartingWith(seed(), "1.提高站位");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("seed.txt", seed());
        for (String county : List.of("阜平", "唐", "易")) {
            String text = other().replace("阜平县", county + "县")
                    .replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
            if (county.equals("唐")) {
                text = text.replace("二、职责分类绩效目标：", goal + "\n\n二、职责分类绩效目标：");
            }
            files.put(county + ".txt", text);
        }
        Path out = analyze(files, "--template-issuers", "2");

        List<Map<String, String>> rows = rows(out.resolve("reuse.csv"));
        List<Map<String, String>> duty = rows.stream().filter(r -> r.get("text_a").contains("统筹协调全县网络安全保障体系")).toList();
        assertEquals(1, duty.size(), rows::toString);
        assertEquals("yes", duty.get(0).get("template"));
        assertEquals("4", duty.get(0).get("issuers"), "the seed and the three bureaus");
        List<Map<String, String>> suspicious = suspicious(out);
        assertEquals(1, suspicious.size(), suspicious::toString);
        assertEquals(withoutNumber(goal), suspicious.get(0).get("text_a"));
        assertEquals("唐县统计局", suspicious.get(0).get("unit_b"));
        assertEquals(2, copyFlags(out).size(), "the bureaus' own shared text is template: no flag");
    }

    @Test
    void flagsAModelParagraphCopiedWithAnotherCountysNameButNotTheModel() throws IOException {
        // Four 网信办 of four counties print the same model text with their own county's name;
        // 唐县's took its first overall goal from 涞源县's, name included.
        String goal = paragraphStartingWith(seed(), "1.提高站位");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("涞源.txt", seed());
        for (String county : List.of("阜平", "唐", "易")) {
            String text = seed().replace("涞源", county);
            files.put(county + ".txt", county.equals("唐") ? text.replace(goal.replace("涞源", county), goal) : text);
        }
        Path out = analyze(files, "--template-issuers", "2");

        List<Map<String, String>> rows = suspicious(out);
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals(java.util.Set.of("中共涞源县委网络安全和信息化委员会办公室", "中共唐县委网络安全和信息化委员会办公室"),
                java.util.Set.of(row.get("unit_a"), row.get("unit_b")));
        assertEquals("exact", row.get("match"));
        assertEquals("2", row.get("issuers"));
        assertTrue(row.get("text_a").contains("涞源县网信办以习近平新时代中国特色社会主义思想为指导"), row.get("text_a"));
        assertTrue(goal.contains(row.get("text_a").replace("…", "")), "the copied sentences only, not the model around them");
        assertEquals(2, copyFlags(out).size());
    }

    @Test
    void aFormEachIssuerFillsWithItsOwnFiguresIsNoCopy() throws IOException {
        // A city's form sentence, long and identical but for each department's figures.
        String form = "根据全市统一部署，本部门%d年度计划开展项目绩效评价%d个，涉及资金%s万元，评价结果作为安排下一年度预算的重要依据，"
                + "对评价发现的问题及时整改，整改情况报送财政部门备案，并按规定公开评价结果，接受社会监督，评价覆盖率达到%d%%。";
        String nine = "第九部分：其他需说明的事项";
        Path out = analyze(Map.of("a-seed.txt", seed().replace(nine, nine + "\n\n" + String.format(form, 2021, 3, "12.5", 60)),
                "b-other.txt", other().replace(nine, nine + "\n\n" + String.format(form, 2021, 5, "31.8", 80))));
        assertEquals(List.of(), suspicious(out));
        assertEquals(0, copyFlags(out).size());

        // The same sentence with the same figures is the other's sentence.
        Path copied = analyze(Map.of("a-seed.txt", seed().replace(nine, nine + "\n\n" + String.format(form, 2021, 3, "12.5", 60)),
                "b-other.txt", other().replace(nine, nine + "\n\n" + String.format(form, 2021, 3, "12.5", 60))));
        assertEquals(1, suspicious(copied).size(), () -> rows(copied.resolve("reuse.csv")).toString());
    }

    @Test
    void aListOfStandardClassificationNamesIsNoCopy() throws IOException {
        String list = "（二）公用经费%s万元，主要包括：办公费、印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、"
                + "因公出国（境）费用、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、劳务费、委托业务费、工会经费、福利费、"
                + "公务用车运行维护费、其他交通费用、税金及附加费用、其他商品和服务支出。";
        Path out = analyze(Map.of("a-seed.txt", seed().replace("第九部分：其他需说明的事项",
                "第九部分：其他需说明的事项\n\n" + String.format(list, "10.23")), "b-other.txt", other().replace("第九部分：其他需说明的事项",
                "第九部分：其他需说明的事项\n\n" + String.format(list, "10.23"))));
        assertEquals(List.of(), suspicious(out));
        assertEquals(0, copyFlags(out).size());
    }

    @Test
    void clustersIdenticalIndicatorRowsAcrossIssuers() throws IOException {
        String other = other().replace("\t数据使用单位满意度\n\t统计数据使用单位的满意程度\n\t≥95%",
                "\t群众满意度\n\t群众满意度满意率\n\t≥90圆满完成");
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other));

        List<Map<String, String>> clusters = rows(out.resolve("indicator_clusters.csv"));
        assertEquals(1, clusters.size(), clusters::toString);
        assertEquals("群众满意度", clusters.get(0).get("third_level"));
        assertEquals("群众满意度满意率", clusters.get(0).get("description"));
        assertEquals("≥90圆满完成", clusters.get(0).get("value"));
        assertEquals("2", clusters.get(0).get("issuers"));
        assertEquals("2", clusters.get(0).get("documents"), "the seed prints the row in two tables of one document, counted once");
    }

    @Test
    void rerunningReplacesItsOwnFindingsAndKeepsOtherRules() throws IOException {
        String other = other().replace("(四)完成县委、县政府交办的其他任务。", DUTY + "\n\n(四)完成县委、县政府交办的其他任务。");
        Path out = analyze(Map.of("a-seed.txt", seed(), "b-other.txt", other));
        List<String> first = lines(out.resolve("anomalies.csv"));
        List<String> withForeign = new ArrayList<>(first);
        withForeign.add(1, "x1,x.txt,某局,2021,ARITH-INCOME-TOTAL,arithmetic,error,收入合计不符,income total differs,10.00,9.00,合计 9.00,2,,40,,high,");
        Files.write(out.resolve("anomalies.csv"), withForeign, StandardCharsets.UTF_8);

        assertEquals(0, Main.run(new String[] {"reuse", "--out", out.toString(), "-q"}, sink(), sink()));
        assertEquals(0, Main.run(new String[] {"reuse", "--out", out.toString(), "-q"}, sink(), sink()));

        assertEquals(withForeign, lines(out.resolve("anomalies.csv")));
        List<String> reuse = lines(out.resolve("reuse.csv"));
        assertEquals(0, Main.run(new String[] {"reuse", "--out", out.toString(), "-q"}, sink(), sink()));
        assertEquals(reuse, lines(out.resolve("reuse.csv")), "re-running gives the same reuse.csv");
    }

    @Test
    void explainsWhatIsMissingWhenTheFolderWasNotAnalysed() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"reuse", "--out", dir.toString()}, sink(), new PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("run analyze on this folder first"), err.toString());
    }

    // --- helpers ---

    static String seed() {
        return read(SEED);
    }

    static String other() {
        return read(OTHER);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path analyze(Map<String, String> files, String... options) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(in.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out");
        // In this JVM: a worker JVM per batch would cost seconds a test (the isolation is tested elsewhere).
        List<String> args = new ArrayList<>(List.of("analyze", in.toString(), "--out", out.toString(), "-q", "--in-process"));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args.toArray(String[]::new), sink(), new PrintWriter(err, true)), err.toString());
        return out;
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter(), true);
    }

    /** The corpus step's rows of anomalies.csv; the per-document rules add their own. */
    /** A paragraph without the list number it opens with: (三), 1. */
    static String withoutNumber(String paragraph) {
        return paragraph.replaceFirst("^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、])", "");
    }

    static List<Map<String, String>> copyFlags(Path out) {
        return rows(out.resolve("anomalies.csv")).stream().filter(r -> r.get("rule").equals("COPY-RARE-PASSAGE")).toList();
    }

    static List<Map<String, String>> suspicious(Path out) {
        return rows(out.resolve("reuse.csv")).stream()
                .filter(r -> r.get("template").equals("no") && r.get("same_series").equals("no")).toList();
    }

    static List<Map<String, String>> rows(Path csvFile) {
        try (Reader in = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            List<String[]> all = csv.readAll();
            String[] header = all.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : all.subList(1, all.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], line[c]);
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(csvFile + ": " + e, e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(start);
    }

    private static String paragraphStartingWith(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow().strip();
    }
}
