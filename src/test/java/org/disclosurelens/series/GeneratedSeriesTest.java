package org.disclosurelens.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated series: the generator makes a series' document of the year after state its
 * predecessor's figures as last year's, so a clean corpus gives comparisons that all agree, and a
 * last-year figure changed in the text is flagged with both amounts.
 */
class GeneratedSeriesTest {

    /** g0007 (吴中区委网信办 2025) continues g0003 (2024) in the committed corpus. */
    static final Path CORPUS = Path.of("corpus", "generated");
    static final String LATER = "g0007_320506_cac_2025.txt";

    @TempDir
    Path dir;

    @Test
    void committedSeriesAgreesAndTamperedLastYearFiguresAreFlagged() throws IOException {
        Path in = copyTxt(CORPUS, dir.resolve("in"));
        Path out = analyze(in);
        List<Map<String, String>> clean = Cli.rows(out.resolve(YearOverYearCsv.FILE));
        assertEquals(List.of("三公经费/因公出国（境）费", "三公经费/公务用车购置及运行费/公务用车购置费",
                "三公经费/公务用车购置及运行费/公务用车运行费", "三公经费/公务接待费", "三公经费", "支出"),
                clean.stream().map(r -> r.get("item")).toList());
        assertTrue(clean.stream().allMatch(r -> r.get("agrees").equals("yes")), clean::toString);
        assertEquals("1384.81", clean.get(5).get("printed_wan"));

        String text = Files.readString(in.resolve(LATER), StandardCharsets.UTF_8);
        Files.writeString(in.resolve(LATER), text.replace("各减少122.64万元", "各减少122.54万元")
                .replace("\t公务用车运行维护费\n\t8.58\n\t9.24\n", "\t公务用车运行维护费\n\t8.68\n\t9.24\n"), StandardCharsets.UTF_8);
        out = analyze(in);

        List<Map<String, String>> flags = Cli.rows(out.resolve("anomalies.csv")).stream()
                .filter(r -> r.get("rule").equals(YearOverYearStep.RULE)).toList();
        assertEquals(List.of("8.58 8.68 2024年度预算 8.68", "1384.81 1384.71 1262.17万元，与上年相比收支预算总计各减少122.54万元"),
                flags.stream().map(f -> f.get("expected") + " " + f.get("actual") + " "
                        + f.get("message_zh").replaceAll(".*上年数为[^（]*（([^）]*)）.*", "$1")).toList());
    }

    /**
     * The 2025 document's 三公 paragraph replaced by the 2024 document's (12.48万元, 比上年预算增加8.84万元),
     * once word for word and once with only its year updated: both are text not updated, stating
     * amounts this year's 三公 table does not print (运行维护费 8.58万元 where it prints 9.24; the total
     * 12.48万元 where it prints 13.44, once its year is this year's), a warning with both locations.
     */
    @Test
    void lastYearsThreePublicParagraphLeftInThisYearsDocumentIsFlagged() throws IOException {
        Path in = copyTxt(CORPUS, dir.resolve("in"));
        assertEquals(List.of(), stale(analyze(in)), "the committed series updates its text");
        String earlier = Files.readAllLines(in.resolve("g0003_320506_cac_2024.txt")).stream()
                .filter(l -> l.startsWith("2024年“三公”经费预算")).findFirst().orElseThrow();
        String text = Files.readString(in.resolve(LATER), StandardCharsets.UTF_8);
        String paragraph = text.lines().filter(l -> l.startsWith("2025年“三公”经费预算")).findFirst().orElseThrow();
        // Word for word, its total is 2024's (not compared); with its year updated, the total is this year's, and first.
        Map<String, List<String>> expected = Map.of(earlier, List.of("9.24", "8.58"), earlier.replace("2024年", "2025年"),
                List.of("13.44", "12.48"));
        for (String copied : List.of(earlier, earlier.replace("2024年", "2025年"))) {
            Files.writeString(in.resolve(LATER), text.replace(paragraph, copied), StandardCharsets.UTF_8);
            List<Map<String, String>> flags = stale(analyze(in));
            assertEquals(1, flags.size(), flags::toString);
            Map<String, String> f = flags.get(0);
            assertEquals(List.of("warning", expected.get(copied).get(0), expected.get(copied).get(1), "4", "325", "l326"),
                    List.of(f.get("severity"), f.get("expected"), f.get("actual"), f.get("part"), f.get("line"),
                            f.get("source").replaceAll(".* ", "")), f.toString());
            assertTrue(f.get("message_zh").contains("2024年部门预算") && f.get("evidence").startsWith(copied.substring(0, 20)), f::toString);
        }
    }

    private static List<Map<String, String>> stale(Path out) {
        return Cli.rows(out.resolve("anomalies.csv")).stream().filter(r -> r.get("rule").equals(YearOverYearStep.STALE_RULE)).toList();
    }

    @Test
    void freshGeneratedCorpusHasOnlyAgreeingSeries() throws IOException {
        Path in = dir.resolve("gen");
        Cli.Run gen = Cli.run("generate", "--count", "60", "--seed", "5", "--formats", "txt", "--out", in.toString());
        assertEquals(0, gen.code(), gen.err());
        Path out = analyze(in);

        List<Map<String, String>> rows = Cli.rows(out.resolve(YearOverYearCsv.FILE));
        assertEquals(12, rows.size(), "two pairs (a county and a Jiangsu series), six items each");
        assertTrue(rows.stream().allMatch(r -> r.get("agrees").equals("yes")), rows::toString);
    }

    private Path analyze(Path in) {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q", "--no-reuse");
        assertEquals(0, run.code(), run.err());
        return out;
    }

    private static Path copyTxt(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.txt")) {
            for (Path f : files) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

}
