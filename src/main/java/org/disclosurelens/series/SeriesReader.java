package org.disclosurelens.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.check.Sums;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.identify.DocumentType;
import org.disclosurelens.model.Location;
import org.disclosurelens.reuse.SavedDocument;
import org.disclosurelens.reuse.TextUnit;
import org.disclosurelens.text.Normalizer;

/**
 * Reads what the year-over-year check needs from a document {@code analyze} saved as
 * json/&lt;id&gt;.json (export.JsonExport): the identity, the amounts of the document's own year
 * (headline totals, 三公 table rows, prose amounts of known items) and what it states for last year
 * (the 三公 table's last-year column, "比上年增加X万元" after this year's amount, "与上年持平").
 */
final class SeriesReader {

    /**
     * The items compared, by the standard label paths prose figures get (figure.Labels). Left out:
     * 上年结转 (a carry-over, not last year's amount), 固定资产 (stated at the end of the year before),
     * 政府采购 (rarely given a change).
     */
    static final List<String> ITEMS = List.of("收入", "支出", "收支", "收入/财政拨款收入",
            "收入/财政拨款收入/一般公共预算收入", "收入/财政拨款收入/政府性基金收入", "收入/财政拨款收入/国有资本经营预算收入",
            "收入/事业收入", "收入/事业单位经营收入", "收入/其他收入", "支出/财政拨款支出",
            "支出/财政拨款支出/一般公共预算支出", "支出/财政拨款支出/政府性基金支出", "支出/财政拨款支出/国有资本经营预算支出",
            "支出/基本支出", "支出/基本支出/人员经费", "支出/基本支出/公用经费", "支出/项目支出",
            "三公经费", "三公经费/因公出国（境）费", "三公经费/公务用车购置及运行费",
            "三公经费/公务用车购置及运行费/公务用车购置费", "三公经费/公务用车购置及运行费/公务用车运行费",
            "三公经费/公务接待费", "机关运行经费", "会议费", "培训费");

    /** The headline totals (documents.csv columns) and the items they are. */
    private static final Map<String, String> HEADLINE = Map.of("income_wan", "收入", "expenditure_wan", "支出",
            "basic_wan", "支出/基本支出", "personnel_wan", "支出/基本支出/人员经费", "public_funds_wan", "支出/基本支出/公用经费",
            "project_wan", "支出/项目支出", "three_public_wan", "三公经费", "operating_cost_wan", "机关运行经费");

    /** The rows of a 三公 table (table.ThreePublicItem labels) and the items they are. */
    private static final Map<String, String> THREE_PUBLIC = Map.of("total", "三公经费",
            "outbound", "三公经费/因公出国（境）费", "vehicle", "三公经费/公务用车购置及运行费",
            "vehicle_purchase", "三公经费/公务用车购置及运行费/公务用车购置费",
            "vehicle_operation", "三公经费/公务用车购置及运行费/公务用车运行费", "reception", "三公经费/公务接待费",
            "operating_cost", "机关运行经费", "meeting", "会议费", "training", "培训费");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** Words that say an amount is last year's: 上年, 上年度, 上一年, 去年. */
    private static final Pattern LAST_YEAR = Pattern.compile("上年|上一年|去年");
    /**
     * Bases that are not last year's published budget or accounts: an outturn or estimate
     * (执行数), an adjusted budget (调整), a carry-over (结转, 结余).
     */
    private static final Pattern OTHER_BASE = Pattern.compile("执行|调整|结转|结余|决算数?与预算|年初预算");
    /** "，与上年度持平" / "比2023年预算持平" right after an amount. */
    private static final Pattern UNCHANGED = Pattern.compile(
            "^[\\s，,、]*(?:与|比|较)(上年度?|上一年度?|去年|(\\d{4})\\s*年度?)(?:预算)?数?(?:相比)?[\\s，,]*(?:基本)?(持平|相同|相等|一致|不变)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeriesReader() {
    }

    static Optional<SeriesDocument> read(Path file) throws IOException {
        return read(JSON.readTree(file.toFile()));
    }

    /** Empty when the document's issuer, kind or year is unknown: it belongs to no series. */
    static Optional<SeriesDocument> read(JsonNode doc) {
        JsonNode identity = doc.path("identity");
        String unit = identity.path("unit").asText();
        String issuer = identity.path("issuer").asText(unit);
        String kind = identity.path("scope").asText() + identity.path("kind").asText();
        String year = identity.path("year").asText();
        if (unit.isBlank() || identity.path("kind").asText().isEmpty() || !year.matches("\\d{4}")
                || !DocumentType.of(identity.path("document_type").asText()).disclosure()) {
            return Optional.empty();
        }
        Paragraphs text = new Paragraphs(doc.path("blocks"));
        List<Figure> current = new ArrayList<>();
        List<Figure> lastYear = new ArrayList<>();
        JsonNode data = doc.path("data");
        threePublic(data, year, current, lastYear);
        prose(data, year, text, current, lastYear);
        headline(data, current);
        java.util.Set<Integer> ocrPages = new java.util.HashSet<>();
        doc.path("ocr_pages").forEach(o -> ocrPages.add(o.path("page").asInt()));
        return Optional.of(new SeriesDocument(doc.path("id").asText(), unit, kind, fold(issuer) + "|" + kind,
                Integer.parseInt(year), dedupe(current), dedupe(lastYear), paragraphs(doc, year), doc.path("path").asText(),
                ocrPages));
    }

    /** The paragraphs (not headings, not table cells) with a sentence stating a figure, and this year's amounts each states. */
    private static List<FiguredParagraph> paragraphs(JsonNode doc, String year) {
        Map<Location, List<Figure>> stated = new HashMap<>();
        for (JsonNode f : doc.path("data").path("figures")) {
            Prose.of(f).filter(p -> ITEMS.contains(p.path()) && ofThisYear(p, year)).ifPresent(p -> stated
                    .computeIfAbsent(p.location(), k -> new ArrayList<>())
                    .add(figure(p.path(), p.amount(), p.amount().text(), "", p.part(), p.location())));
        }
        JsonNode blocks = doc.path("blocks");
        List<FiguredParagraph> out = new ArrayList<>();
        for (TextUnit u : SavedDocument.of(doc).units()) {
            if ("paragraph".equals(blocks.path(u.block()).path("type").asText())) {
                List<FiguredParagraph.Sentence> sentences = StaleText.sentences(u.text(), Integer.parseInt(year));
                if (!sentences.isEmpty()) {
                    out.add(new FiguredParagraph(u.part(), u.location(), sentences, stated.getOrDefault(u.location(), List.of())));
                }
            }
        }
        return out;
    }

    /** A prose amount of the document's own year: no change, no base, no other year, not last year's. */
    private static boolean ofThisYear(Prose p, String year) {
        return p.direction().isEmpty() && p.base().isEmpty() && ofYear(p.label(), year) && !LAST_YEAR.matcher(p.label()).find();
    }

    /** The issuer's name (its normal form) without spaces, punctuation or width differences. */
    static String fold(String unit) {
        return Normalizer.normalize(unit).replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    /** The rows of 三公 tables: this year's column, and the previous column when its header says it is last year's. */
    private static void threePublic(JsonNode data, String year, List<Figure> current, List<Figure> lastYear) {
        for (JsonNode table : data.path("tables")) {
            if (!"three_public".equals(table.path("kind").asText())) {
                continue;
            }
            int part = table.path("part").asInt(0);
            for (JsonNode row : table.path("rows")) {
                String item = THREE_PUBLIC.get(row.path(0).asText());
                Location at = location(row.path(8));
                if (item == null) {
                    continue;
                }
                String evidence = row.path(1).asText() + " | " + row.path(4).asText() + " " + row.path(5).path(2).asText();
                String header = row.path(4).asText();
                if (ofYear(header, year)) {
                    amount(row.path(5)).ifPresent(a -> current.add(figure(item, a, (header + " " + a.text()).strip(), evidence, part, at)));
                }
                String previousHeader = row.path(2).asText();
                if (lastYearHeader(previousHeader, Integer.parseInt(year))) {
                    String previous = row.path(1).asText() + " | " + previousHeader + " " + row.path(3).path(2).asText();
                    amount(row.path(3)).ifPresent(a -> lastYear.add(figure(item, a, previousHeader + " " + a.text(), previous, part, at)));
                }
            }
        }
    }

    /**
     * Prose amounts of the known items: those of this year, and the changes on last year that
     * follow one of them in the same sentence, which give last year's amount (this year's minus
     * an increase, plus a decrease); "与上年持平" after an amount gives the amount itself.
     */
    private static void prose(JsonNode data, String year, Paragraphs text, List<Figure> current, List<Figure> lastYear) {
        int y = Integer.parseInt(year);
        List<Prose> figures = new ArrayList<>();
        for (JsonNode f : data.path("figures")) {
            Prose.of(f).filter(p -> ITEMS.contains(p.path())).ifPresent(figures::add);
        }
        for (int i = 0; i < figures.size(); i++) {
            Prose p = figures.get(i);
            String sentence = text.sentence(p.location(), p.amount().text());
            if (ofThisYear(p, year)) {
                current.add(figure(p.path(), p.amount(), p.amount().text(), sentence, p.part(), p.location()));
                unchanged(p, text.after(p.location(), p.amount().text()), y)
                        .ifPresent(how -> lastYear.add(figure(p.path(), p.amount(), p.amount().text() + how, sentence, p.part(), p.location())));
            } else if (!p.direction().isEmpty() && onLastYear(p.label() + " " + p.base(), y)) {
                changed(figures, i, year).ifPresent(f -> lastYear.add(f.withEvidence(sentence)));
            } else if (ProseFigure.namesBase(p.label(), p.direction(), p.base()) && onLastYear(p.base(), y)) {
                // 与上年预算568.43万元相比: last year's amount, named.
                lastYear.add(figure(p.path(), p.amount(), p.label() + p.amount().text(), sentence, p.part(), p.location()));
            }
        }
    }

    /**
     * Last year's amount from a change and this year's amount of the same item stated in the same
     * paragraph: before it, else the amount right after it (比上年增加203.93万元，达到639.49万元).
     */
    private static Optional<Figure> changed(List<Prose> figures, int i, String year) {
        Prose change = figures.get(i);
        List<Integer> around = new ArrayList<>();
        for (int j = i - 1; j >= 0 && figures.get(j).location().equals(change.location()); j--) {
            around.add(j);
        }
        if (i + 1 < figures.size() && figures.get(i + 1).location().equals(change.location())) {
            around.add(i + 1);
        }
        for (int j : around) {
            Prose p = figures.get(j);
            if (p.path().equals(change.path()) && p.direction().isEmpty() && p.base().isEmpty() && ofYear(p.label(), year)) {
                BigDecimal now = p.amount().wan().orElseThrow();
                BigDecimal delta = change.amount().wan().orElseThrow();
                BigDecimal last = change.direction().equals("增加") ? now.subtract(delta) : now.add(delta);
                BigDecimal tolerance = Sums.tolerance(p.amount()).max(Sums.tolerance(change.amount()));
                return Optional.of(new Figure(change.path(), last, tolerance,
                        p.amount().text() + "，" + change.label() + change.amount().text(), "", change.part(), change.location()));
            }
        }
        return Optional.empty();
    }

    /** " 与上年度持平" right after an amount, when it compares with last year (not with another year). */
    private static Optional<String> unchanged(Prose p, String after, int year) {
        Matcher m = UNCHANGED.matcher(after);
        if (!m.find() || m.group(2) != null && Integer.parseInt(m.group(2)) != year - 1) {
            return Optional.empty();
        }
        return Optional.of(after.substring(0, m.end()));
    }

    /** A change measured against last year: the words say 上年 or name the year before, and no other base. */
    static boolean onLastYear(String words, int year) {
        if (OTHER_BASE.matcher(words).find()) {
            return false;
        }
        Matcher m = YEAR.matcher(words);
        boolean named = false;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year - 1) {
                return false;
            }
            named = true;
        }
        return named || LAST_YEAR.matcher(words).find();
    }

    private static boolean lastYearHeader(String header, int year) {
        return !header.isBlank() && onLastYear(header, year) && !header.contains("决算");
    }

    /** No year in the words but {@code year}. */
    private static boolean ofYear(String words, String year) {
        Matcher m = YEAR.matcher(words);
        while (m.find()) {
            if (!m.group(1).equals(year)) {
                return false;
            }
        }
        return true;
    }

    /** The headline totals, in front: the amounts documents.csv shows. */
    private static void headline(JsonNode data, List<Figure> current) {
        List<Figure> first = new ArrayList<>();
        data.path("headline").fields().forEachRemaining(e -> {
            String item = HEADLINE.get(e.getKey());
            if (item != null && e.getValue().isTextual()) {
                BigDecimal wan = new BigDecimal(e.getValue().asText());
                // Where the headline was read: the first amount of the item equal to it, if any.
                Optional<Figure> same = current.stream().filter(f -> f.item().equals(item) && f.wan().compareTo(wan) == 0).findFirst();
                first.add(same.orElse(new Figure(item, wan, Sums.CENT_OF_WAN, Amount.plain(wan) + "万元", "", 0, Location.UNKNOWN)));
            }
        });
        current.addAll(0, first);
    }

    /** The figures with the first of each item and amount only. */
    private static List<Figure> dedupe(List<Figure> figures) {
        List<Figure> kept = new ArrayList<>();
        for (Figure f : figures) {
            if (kept.stream().noneMatch(k -> k.item().equals(f.item()) && k.wan().compareTo(f.wan()) == 0)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Figure figure(String item, Amount a, String how, String evidence, int part, Location at) {
        return new Figure(item, a.wan().orElseThrow(), Sums.tolerance(a), how, evidence, part, at);
    }

    /** An amount as DataJson writes it, [value in 万元, unit, written], back as printed. */
    static Optional<Amount> amount(JsonNode a) {
        if (!a.isArray() || a.size() < 3) {
            return Optional.empty();
        }
        Optional<Unit> unit = Unit.named(a.path(1).asText()).filter(Unit::money);
        return unit.map(u -> new Amount(new BigDecimal(a.path(0).asText()).divide(u.toWan(BigDecimal.ONE).orElseThrow()),
                u, a.path(2).asText()));
    }

    static Location location(JsonNode l) {
        return new Location(l.path(0).asInt(0), l.path(1).asInt(0));
    }
}
