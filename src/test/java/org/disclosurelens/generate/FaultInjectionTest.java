package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each planted fault is the only inconsistency of its kind, and the ground truth matches what the
 * rendered text says: the printed value, the copied passage in both documents, the contradiction.
 */
class FaultInjectionTest {

    private static final List<Template> ALL = Template.defaults();

    @TempDir
    Path dir;

    @Test
    void arithmeticAndPlanFaultsBreakExactlyTheRelationTheyName() {
        DisclosureFactory factory = new DisclosureFactory(7, ALL);
        FaultInjector injector = new FaultInjector(Counties.load().under(""));
        int arithmetic = 0;
        for (int i = 0; i < 60; i++) {
            Disclosure d = factory.create(i);
            Random r = new Random(i);
            for (FaultKind kind : List.of(FaultKind.ARITHMETIC, FaultKind.PLAN_NOT_100, FaultKind.WRONG_COUNTY_CODE)) {
                Optional<FaultInjector.Planted> planted = injector.plant(kind, d, "f", List.of(), r);
                if (planted.isEmpty()) {
                    continue;
                }
                Fault fault = planted.get().fault();
                List<String> broken = Consistency.violations(planted.get().disclosure());
                assertEquals(1, broken.size(), kind + " in " + d.id() + ": " + broken);
                if (kind == FaultKind.ARITHMETIC) {
                    arithmetic++;
                    assertNotEquals(fault.expected(), fault.printed());
                    assertEquals(0, new java.math.BigDecimal(fault.printed().replace(",", "")).subtract(new java.math.BigDecimal(fault.expected().replace(",", "")))
                            .compareTo(new java.math.BigDecimal("0.10")), fault.toString());
                }
            }
        }
        assertTrue(arithmetic >= 50, "arithmetic faults planted: " + arithmetic);
    }

    @ParameterizedTest
    // peer-outlier is no printed slip but an issuer's year of spending: GeneratedPeerOutliersTest.
    @EnumSource(value = FaultKind.class, names = {"SHARED_PASSAGE", "STALE_TEXT", "YEAR_TITLE", "PEER_OUTLIER"}, mode = EnumSource.Mode.EXCLUDE)
    void groundTruthMatchesTheRenderedText(FaultKind kind) throws IOException {
        // Jiangsu's template alone of the budgets lists its tables in the 目录; final-direction is a 决算's.
        JsonNode truth = generate(20, 5, EnumSet.of(kind), List.of(), switch (kind) {
            case TOC_TABLE -> List.of(Template.JIANGSU_BUDGET);
            case FINAL_DIRECTION -> List.of(Template.FINAL_ACCOUNTS);
            default -> ALL;
        });
        List<JsonNode> faults = new ArrayList<>();
        truth.get("faults").forEach(faults::add);
        assertTrue(faults.size() >= 5, kind + ": only " + faults.size() + " planted");
        for (JsonNode fault : faults) {
            assertEquals(kind.label(), fault.get("kind").asText());
            String text = text(truth, fault.get("document").asText());
            switch (kind) {
                case ARITHMETIC, WRONG_COUNTY_CODE -> {
                    assertTrue(text.contains("\t" + fault.get("printed").asText() + "\n")
                            || text.contains(fault.get("printed").asText() + "万元"), fault.toString());
                    assertFalse(text.contains(fault.get("expected").asText()) && kind == FaultKind.WRONG_COUNTY_CODE, fault.toString());
                }
                case PLAN_NOT_100 -> {
                    List<String> cells = List.of(fault.get("text").asText().split(" \\| ", -1));
                    assertTrue(text.contains("\t\n\t" + String.join("\n\t", cells) + "\n\n"), fault.toString());
                    java.math.BigDecimal sum = cells.stream().filter(c -> !c.isEmpty())
                            .map(c -> new java.math.BigDecimal(c.replace("%", ""))).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                    assertEquals(fault.get("printed").asText(), sum.toPlainString() + "%");
                }
                case PLACEHOLDER_INDICATORS -> assertTrue(text.contains("\t0\n\t≥90圆满完成\n"), fault.toString());
                case PROCUREMENT_CONTRADICTION -> {
                    assertTrue(text.contains(fault.get("text").asText()), fault.toString());
                    String code = fault.get("where").asText().replaceAll(".*项目 (\\S+)（.*", "$1");
                    assertTrue(text.contains(code), code);
                }
                case COPIED_FROM_COUNTY, COPIED_FROM_KIND, COPIED_DUTY -> assertCopied(truth, fault);
                case COPIED_INDICATORS -> {
                    // Each row's 三级指标, 描述 and 指标值, as cells one under the other, in both documents.
                    String source = text(truth, fault.get("source").asText());
                    List<String> rows = List.of(fault.get("text").asText().split("；"));
                    assertTrue(rows.size() >= 2, fault.toString());
                    for (String row : rows) {
                        String cells = "\t" + String.join("\n\t", row.split(" ", 3)) + "\n";
                        assertTrue(text.contains(cells) && source.contains(cells), row);
                    }
                }
                case CROSS_TABLE -> {
                    // The draft's 合计 in the economic table; the function table's 基本支出 it should be.
                    assertTrue(text.contains("\t" + fault.get("printed").asText() + "\n"), fault.toString());
                    assertTrue(text.contains("\t" + fault.get("expected").asText() + "\n"), fault.toString());
                }
                case EMPTY_TABLE -> {
                    // The 三公 table keeps its headers and loses its rows; the text still gives the total.
                    assertTrue(text.contains("\t增减金额\n") || text.contains("\t增减变化\n"), fault.toString());
                    assertFalse(text.contains("\t因公出国（境）费\n"), fault.toString());
                }
                case REASON_DIRECTION -> {
                    // The change and a reason for the other move, in one printed sentence.
                    String sentence = fault.get("text").asText();
                    assertTrue(text.contains(sentence), fault.toString());
                    boolean up = !sentence.substring(0, sentence.indexOf("主要原因")).matches(".*(减少|下降).*");
                    assertTrue(sentence.contains(up ? "主要原因是压减了" : "主要原因是增加了"), fault.toString());
                }
                case DOUBLED_PUNCTUATION -> assertTrue(fault.get("text").asText().contains("。。")
                        && text.contains(fault.get("text").asText()), fault.toString());
                case COMPARE_YEAR -> {
                    // The change on the year before, stated against the document's own year.
                    String own = fault.get("printed").asText();
                    assertEquals(Integer.parseInt(own) - 1, fault.get("expected").asInt(), fault.toString());
                    assertTrue(java.util.regex.Pattern.compile("[比较与以]" + own + "年(预算|相比|增加|减少|持平)").matcher(text).find(), fault.toString());
                }
                case NEGATIVE_AMOUNT -> {
                    // The personnel line as a cell with a minus sign, in both of its columns.
                    String printed = fault.get("printed").asText();
                    assertTrue(printed.startsWith("-") && printed.substring(1).equals(fault.get("expected").asText()), fault.toString());
                    assertTrue(text.contains("\t" + printed + "\n\t" + printed + "\n"), fault.toString());
                }
                case SHARE_OVER_100 -> {
                    // The satisfaction value with its last digit typed twice.
                    String printed = fault.get("printed").asText();
                    String expected = fault.get("expected").asText().replace(".", "");
                    assertEquals(expected.replaceAll("(\\d)%$", "$1$1%"), printed, fault.toString());
                    assertTrue(text.contains("\t" + printed + "\n"), fault.toString());
                }
                case TOC_TABLE -> {
                    // The 目录 lists the economic table; the body prints the others and not it.
                    String listed = fault.get("where").asText().substring("目录 ".length());
                    assertEquals(1, text.split(listed, -1).length - 1, fault.toString());
                    assertEquals(2, text.split("二、一般公共预算支出预算表", -1).length - 1, fault.toString());
                }
                case FINAL_DIRECTION -> {
                    // The 项's line states its budget and outturn, then claims the other direction.
                    String name = fault.get("where").asText().replaceAll("^\\S+ \\d{7} ", "");
                    String printed = fault.get("printed").asText();
                    assertNotEquals(printed, fault.get("expected").asText());
                    assertTrue(java.util.regex.Pattern.compile(name + "（项）。年初预算为[^。]+万元，支出决算为[^。]+万元。决算数" + printed + "预算数")
                            .matcher(text).find(), fault.toString());
                }
                default -> throw new AssertionError(kind);
            }
            assertTrue(truth.get("documents").get(index(fault.get("document").asText())).get("faults").toString()
                    .contains(fault.get("id").asText()), "document lists its fault " + fault);
        }
    }

    /** The explanation's heading names the year before in the Jiangsu and Shanghai templates; county documents get none. */
    @Test
    void aYearTitleNamesTheYearBefore() throws IOException {
        JsonNode truth = generate(30, 5, EnumSet.of(FaultKind.YEAR_TITLE), List.of());
        List<JsonNode> faults = new ArrayList<>();
        truth.get("faults").forEach(faults::add);
        assertTrue(faults.size() >= 3, "planted: " + faults.size());
        for (JsonNode fault : faults) {
            JsonNode doc = truth.get("documents").get(index(fault.get("document").asText()));
            assertFalse(doc.get("template").asText().equals("county-nine-part"), fault.toString());
            String text = text(truth, fault.get("document").asText());
            String year = fault.get("printed").asText();
            assertTrue(text.contains(year + "年度部门预算情况说明") || text.contains(year + "年部门预算编制说明"), fault.toString());
            assertEquals(Integer.parseInt(fault.get("expected").asText()) - 1, Integer.parseInt(year));
        }
    }

    /** Only a series' later document can be planted with its predecessor's 三公 paragraph, and only when its amounts differ. */
    @Test
    void aStaleThreePublicParagraphIsLastYearsWordForWord() throws IOException {
        JsonNode truth = generate(80, 5, EnumSet.of(FaultKind.STALE_TEXT), List.of());
        List<JsonNode> faults = new ArrayList<>();
        truth.get("faults").forEach(faults::add);
        assertTrue(faults.size() >= 3, "planted: " + faults.size());
        for (JsonNode fault : faults) {
            String paragraph = fault.get("text").asText();
            JsonNode doc = truth.get("documents").get(index(fault.get("document").asText()));
            assertEquals(fault.get("source").asText(), doc.get("seriesOf").asText(), fault.toString());
            assertTrue(text(truth, fault.get("document").asText()).contains(paragraph), fault.toString());
            assertTrue(text(truth, fault.get("source").asText()).contains(paragraph), fault.toString());
        }
    }

    @Test
    void chosenPairsShareAPassageAndSeriesReuseTheirOwn() throws IOException {
        JsonNode truth = generate(30, 11, EnumSet.noneOf(FaultKind.class), List.of(new int[] {3, 8}));
        List<JsonNode> passages = new ArrayList<>();
        truth.get("sharedPassages").forEach(passages::add);
        JsonNode pair = passages.stream().filter(p -> p.get("reason").asText().equals("chosen-pair")).findFirst().orElseThrow();
        assertEquals("g0003", pair.get("source").asText());
        assertEquals("g0008", pair.get("target").asText());
        JsonNode fault = truth.get("faults").get(0);
        assertEquals("shared-passage", fault.get("kind").asText());
        assertCopied(truth, fault);
        List<JsonNode> series = passages.stream().filter(p -> p.get("reason").asText().equals("series")).toList();
        assertFalse(series.isEmpty(), "no series in 30 documents");
        for (JsonNode p : series) {
            assertEquals(p.get("source").asText(), truth.get("documents").get(index(p.get("target").asText())).get("seriesOf").asText());
            assertTrue(text(truth, p.get("source").asText()).contains(p.get("text").asText()));
            assertTrue(text(truth, p.get("target").asText()).contains(p.get("text").asText()));
        }
    }

    private void assertCopied(JsonNode truth, JsonNode fault) throws IOException {
        String passage = fault.get("text").asText();
        assertTrue(text(truth, fault.get("document").asText()).contains(passage), "target lacks " + fault);
        assertTrue(text(truth, fault.get("source").asText()).contains(passage), "source lacks " + fault);
        JsonNode target = truth.get("documents").get(index(fault.get("document").asText()));
        JsonNode source = truth.get("documents").get(index(fault.get("source").asText()));
        if (fault.get("kind").asText().equals("copied-from-county")) {
            assertEquals(source.get("department").asText(), target.get("department").asText());
            assertNotEquals(source.get("identity").get("divisionCode"), target.get("identity").get("divisionCode"));
        } else if (fault.get("kind").asText().equals("copied-from-kind")) {
            assertNotEquals(source.get("department").asText(), target.get("department").asText());
        }
    }

    private JsonNode generate(int count, long seed, EnumSet<FaultKind> kinds, List<int[]> shares) throws IOException {
        return generate(count, seed, kinds, shares, ALL);
    }

    private JsonNode generate(int count, long seed, EnumSet<FaultKind> kinds, List<int[]> shares, List<Template> templates)
            throws IOException {
        var options = new CorpusGenerator.Options(count, seed, EnumSet.of(CorpusGenerator.Format.TXT), kinds.isEmpty() ? 0 : 1,
                kinds, shares, templates, false, null, 1);
        new CorpusGenerator(options).generate(dir, null);
        return new ObjectMapper().readTree(dir.resolve(CorpusGenerator.TRUTH).toFile());
    }

    private String text(JsonNode truth, String id) throws IOException {
        String file = truth.get("documents").get(index(id)).get("files").get("txt").asText();
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1)) - 1;
    }
}
