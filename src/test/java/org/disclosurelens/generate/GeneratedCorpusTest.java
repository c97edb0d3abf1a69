package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosurelens.AnalyzedCorpus;
import org.disclosurelens.cli.Main;
import org.disclosurelens.data.Headline;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.Status;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Section;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.TableKind;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code analyze} on corpus/generated/ recovers, for every file in every format, exactly what the
 * ground truth says: identity, layout, the parts and the top-level headings as written. And the
 * committed corpus is what the generator writes today, so the two cannot drift apart.
 */
class GeneratedCorpusTest {

    static final Path CORPUS = Path.of("corpus", "generated");

    static JsonNode truth() {
        try {
            return new ObjectMapper().readTree(CORPUS.resolve(CorpusGenerator.TRUTH).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        truth().get("documents").forEach(d -> d.get("files").fields().forEachRemaining(f ->
                files.add(Arguments.of(f.getValue().asText(), d))));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void analysisRecoversIdentityLayoutAndParts(String file, JsonNode expected) {
        DocumentResult r = AnalyzedCorpus.analyze(CORPUS.resolve(file));
        assertEquals(Status.OK, r.status(), r.message());
        JsonNode id = expected.get("identity");
        DocumentIdentity found = r.identity();
        assertEquals(List.of(id.get("unit").asText(), id.get("year").asText(), id.get("kind").asText(), id.get("scope").asText(),
                        id.get("province").asText(), id.get("city").asText(), id.get("county").asText(), id.get("divisionCode").asText()),
                List.of(found.unit(), found.year(), found.kind(), found.scope(), found.province(), found.city(), found.county(),
                        found.divisionCode()));
        assertEquals(expected.get("template").asText(), r.structure().layout().label());
        assertEquals(numbers(expected.get("parts")), r.structure().partsFound().stream().map(CanonicalPart::number)
                .collect(Collectors.toCollection(TreeSet::new)));
        List<String> outline = new ArrayList<>();
        expected.get("outline").forEach(h -> outline.add(h.get("number").asText() + "|" + h.get("title").asText() + "|" + numbers(h.get("parts"))));
        List<String> top = r.structure().sections().stream().filter(s -> s.level() == 1)
                .map(s -> s.number() + "|" + s.title() + "|" + named(s)).toList();
        assertEquals(outline, top);
    }

    /**
     * Every item of the “三公” table with the amounts the ground truth gives (in 元), in every
     * rendition: this year's always, last year's where the template prints it (Shanghai's table
     * has this year's only). The Tika-text rendition of Shanghai's table keeps its header spans
     * only through {@code TabbedSpans}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsEveryItemOfTheThreePublicTable(String file, JsonNode expected) {
        ThreePublicTable table = AnalyzedCorpus.analyze(CORPUS.resolve(file)).data().threePublic().get(0);
        JsonNode details = expected.get("details");
        List<JsonNode> items = new ArrayList<>();
        details.get("threePublic").forEach(items::add);
        items.add(details.get("threePublicTotal"));
        boolean lastYear = !expected.get("template").asText().equals("shanghai-budget");
        for (JsonNode item : items) {
            ThreePublicItem kind = ThreePublicItem.of(item.get("name").asText()).orElseThrow();
            ThreePublicRow row = table.row(kind).orElseThrow(() -> new AssertionError(file + " has no " + kind));
            assertEquals(wan(item.get("current")), row.current().orElseThrow().wanText(), file + " " + kind);
            if (lastYear) {
                assertEquals(wan(item.get("last")), row.previous().orElseThrow().wanText(), file + " " + kind);
            }
        }
    }

    /**
     * The headline totals of documents.csv equal the ground truth's figures in every rendition,
     * tables in 元 included (the fixed assets only where the template prints their table, 机关运行经费
     * only where its part is printed).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsTheHeadlineTotalsExactly(String file, JsonNode expected) {
        Headline headline = AnalyzedCorpus.analyze(CORPUS.resolve(file)).data().headline();
        JsonNode details = expected.get("details");
        JsonNode figures = details.get("figures");
        Map<Total, JsonNode> truth = new EnumMap<>(Total.class);
        truth.put(Total.INCOME, figures.get("income"));
        truth.put(Total.EXPENDITURE, figures.get("expenditure"));
        truth.put(Total.BASIC, figures.get("basic"));
        truth.put(Total.PERSONNEL, figures.get("personnel"));
        truth.put(Total.PUBLIC_FUNDS, figures.get("publicFunds"));
        truth.put(Total.PROJECT, figures.get("projectTotal"));
        truth.put(Total.THREE_PUBLIC, details.get("threePublicTotal").get("current"));
        JsonNode variation = expected.get("variation");
        boolean operatingPrinted = !expected.get("template").asText().equals("county-nine-part")
                || !numbers(variation.get("missing")).contains(3) || variation.get("mergeCostAndThreePublic").asBoolean();
        truth.put(Total.OPERATING_COST, operatingPrinted ? details.get("operatingTotal") : null);
        boolean assetsTable = expected.get("template").asText().equals("county-nine-part")
                && !numbers(expected.get("variation").get("missing")).contains(7);
        truth.put(Total.FIXED_ASSETS, assetsTable ? details.get("assetsTotal") : null);
        truth.forEach((total, yuan) -> assertEquals(yuan == null ? "" : wan(yuan), headline.wan(total), file + " " + total));
    }

    /**
     * Every line of the 一般公共预算支出功能分类表 (类, 款 and 项, with its 合计) is read with its code and
     * amount, in every rendition and every {@link TableShape}: a row of column numbers under the
     * header, the 合计 printed first, codes printed inside the name cell. A county document whose
     * tables are published apart (no attachments) has none.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsEveryLineOfTheFunctionTableWithItsCode(String file, JsonNode expected) {
        Map<String, String> want = new TreeMap<>();
        boolean printed = !expected.get("template").asText().equals("county-nine-part")
                || expected.get("variation").get("attachments").asBoolean();
        if (printed) {
            expected.get("details").get("functionLines").forEach(l ->
                    want.put(l.get("code").asText(), wan(l.get("basic").decimalValue().add(l.get("project").decimalValue()))));
        }
        Map<String, String> read = new TreeMap<>();
        AnalyzedCorpus.analyze(CORPUS.resolve(file)).data().budgetTables().stream()
                .filter(t -> t.kind() == TableKind.GENERAL_PUBLIC)
                .flatMap(t -> t.lines().stream())
                .filter(l -> l.role() == BudgetLine.Role.ITEM)
                .forEach(l -> read.put(l.code().orElseThrow().code(), l.amount("合计").map(Amount::wanText).orElse("")));
        assertEquals(want, read, file + " " + expected.get("variation").get("tableShape"));
    }

    /**
     * The committed PDFs hold tables continued on the next page without their header (the Word
     * renditions mark no header row to repeat, as many publishers' do not): pages that open with a
     * coded line (2100408 基本公共卫生 138.24 …). {@link #readsEveryLineOfTheFunctionTableWithItsCode}
     * reads every line of those tables in every rendition, so this keeps the case covered.
     */
    @Test
    void committedPdfsContinueTablesOnTheNextPageWithoutAHeader() throws IOException {
        java.util.regex.Pattern coded = java.util.regex.Pattern.compile("^\\s*\\d{5,7}\\s+\\p{IsHan}+.*\\d+\\.\\d{2}");
        List<String> continued = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                    var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                    for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        String first = stripper.getText(doc).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
                        if (coded.matcher(first).find()) {
                            continued.add(pdf.getFileName() + " p" + page);
                        }
                    }
                }
            }
        }
        assertTrue(continued.size() >= 3, "pages opening with a coded line: " + continued);
    }

    private static String wan(JsonNode yuan) {
        return wan(yuan.decimalValue());
    }

    private static String wan(java.math.BigDecimal yuan) {
        return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    @Test
    void theCommittedCorpusIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("generate"));
        truth().get("options").get("arguments").forEach(a -> args.add(a.asText()));
        args.addAll(List.of("--out", dir.toString(), "--soffice", dir.resolve("no-soffice").toString()));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<Path> written;
        try (Stream<Path> s = Files.list(dir)) {
            written = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertEquals(truth().get("documents").size() * 3 + 1, written.size(), "txt, docx, html and the ground truth");
        for (Path file : written) {
            String name = file.getFileName().toString();
            if (name.equals(CorpusGenerator.TRUTH)) {
                JsonNode committed = truth();
                committed.get("documents").forEach(d -> ((ObjectNode) d.get("files")).remove("pdf"));
                assertEquals(committed, new ObjectMapper().readTree(file.toFile()), "ground truth differs: regenerate corpus/generated");
            } else {
                assertArrayEquals(Files.readAllBytes(CORPUS.resolve(name)), Files.readAllBytes(file),
                        name + " differs: regenerate corpus/generated (see its README.md)");
            }
        }
        try (Stream<Path> s = Files.list(CORPUS)) {
            assertEquals(truth().get("documents").size(), s.filter(p -> p.toString().endsWith(".pdf")).count());
        }
    }

    @Test
    void theCorpusCoversEveryTemplateHeadingStyleTableShapeAndFaultKind() {
        JsonNode truth = truth();
        Set<String> templates = new TreeSet<>();
        Set<String> styles = new TreeSet<>();
        truth.get("documents").forEach(d -> {
            templates.add(d.get("template").asText());
            styles.add(d.get("variation").get("headingStyle").asText());
        });
        assertEquals(3, templates.size(), templates.toString());
        assertEquals(HeadingStyle.values().length, styles.size(), styles.toString());
        Set<String> kinds = new TreeSet<>();
        truth.get("faults").forEach(f -> kinds.add(f.get("kind").asText()));
        assertEquals(FaultKind.defaults().size(), kinds.size(), kinds.toString());
        assertTrue(truth.get("sharedPassages").toString().contains("\"series\""));
        for (String shape : List.of("numberRow", "totalFirst", "codeInName", "threeBlocks")) {
            assertTrue(truth.get("documents").findValues("tableShape").stream().anyMatch(v -> v.get(shape).asBoolean()),
                    "no document with the table shape " + shape);
        }
    }

    private static Set<Integer> numbers(JsonNode array) {
        Set<Integer> set = new TreeSet<>();
        array.forEach(n -> set.add(n.asInt()));
        return set;
    }

    private static Set<Integer> named(Section s) {
        return s.named().stream().map(CanonicalPart::number).collect(Collectors.toCollection(TreeSet::new));
    }
}
