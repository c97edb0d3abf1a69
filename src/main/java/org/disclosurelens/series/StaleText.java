package org.disclosurelens.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Location;
import org.disclosurelens.reuse.FoldedText;

/**
 * Text not updated (COPY-STALE-TEXT): a paragraph whose sentences with amounts or percentages the
 * same issuer's earlier document (of the year before, or an earlier year the corpus holds)
 * printed word for word: as they were, or with the
 * years the two documents name as their own (and the one before) set aside, so that "2025年“三公”
 * 经费预算0万元，比上年减少7.06万元" in a 2025 document repeats the same sentence of 2024 with only
 * the year changed.
 * Sentences are compared whole, folded as copy detection folds them (punctuation, spacing, list
 * numbers aside), so a paragraph partly rewritten keeps only its unchanged sentences.
 */
final class StaleText {

    /** The rule of the findings, merged into anomalies.csv with the year-over-year ones. */
    static final String RULE = org.disclosurelens.check.RuleId.COPY_STALE_TEXT.id();

    /**
     * The least folded length of a paragraph's repeated sentences: a short, legitimately constant
     * sentence ("公务接待费2万元，与上年持平", 13 characters) alone is not a paragraph left unchanged.
     */
    static final int MIN_LENGTH = 30;

    /**
     * An amount or a percentage; a threshold (单位价值50万元以上, 单价20万元（含）以上) is a rule, not a figure of the
     * year, and zero is what a unit without the item prints every year.
     */
    private static final Pattern FIGURE = Pattern.compile("(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(?:万元|亿元|千元|元|%|％)(\\s*(?:[（(]含[）)])?\\s*及?以[上下])?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?=\\s*年)");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+[。；;！!？?]?");

    /**
     * A paragraph of the later document repeated from the earlier one.
     *
     * @param repeated its sentences the earlier document prints, in order
     * @param earlierAt where the earlier document prints the first of them
     * @param differs the amounts it states that this year's tables print otherwise
     */
    record Stale(FiguredParagraph paragraph, List<FiguredParagraph.Sentence> repeated, Location earlierAt,
            List<Difference> differs) {
    }

    /** An amount the stale paragraph states, and what the document prints elsewhere for this year. */
    record Difference(Figure stated, Figure printed) {
    }

    private StaleText() {
    }

    /** The sentences of a paragraph that hold a figure of the year, with their keys; {@code year} is the document's. */
    static List<FiguredParagraph.Sentence> sentences(String paragraph, int year) {
        List<FiguredParagraph.Sentence> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(paragraph);
        while (s.find()) {
            String text = s.group().strip();
            if (figured(text)) {
                out.add(new FiguredParagraph.Sentence(text, FoldedText.fold(text), key(text, year)));
            }
        }
        return out;
    }

    /** The text folded, with the document's year written 本 and the year before 上. */
    static String key(String text, int year) {
        Matcher m = YEAR.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            m.appendReplacement(b, y == year ? "本" : y == year - 1 ? "上" : m.group(1));
        }
        m.appendTail(b);
        return FoldedText.fold(b.toString());
    }

    private static boolean figured(String sentence) {
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            if (m.group(2) == null && m.group(1).replaceAll("[,，.0]", "").length() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs of {@code later} whose figured sentences {@code earlier} printed, at least {@link #MIN_LENGTH} folded. */
    static List<Stale> find(SeriesDocument later, SeriesDocument earlier) {
        Map<String, Location> printed = new HashMap<>();
        Map<String, Location> literal = new HashMap<>();
        for (FiguredParagraph p : earlier.paragraphs()) {
            p.sentences().forEach(s -> printed.putIfAbsent(s.key(), p.location()));
            p.sentences().forEach(s -> literal.putIfAbsent(s.literal(), p.location()));
        }
        List<Stale> out = new ArrayList<>();
        for (FiguredParagraph p : later.paragraphs()) {
            List<FiguredParagraph.Sentence> repeated = p.sentences().stream()
                    .filter(s -> printed.containsKey(s.key()) || literal.containsKey(s.literal())).toList();
            if (repeated.stream().mapToInt(s -> s.key().length()).sum() >= MIN_LENGTH) {
                FiguredParagraph.Sentence first = repeated.get(0);
                Location at = printed.containsKey(first.key()) ? printed.get(first.key()) : literal.get(first.literal());
                out.add(new Stale(p, repeated, at, differences(later, p)));
            }
        }
        return out;
    }

    /**
     * The paragraph's amounts of this year that the document prints elsewhere (its tables, its
     * headline) with no printing agreeing: the unchanged text states what this year is not.
     */
    private static List<Difference> differences(SeriesDocument d, FiguredParagraph p) {
        List<Difference> out = new ArrayList<>();
        for (Figure stated : p.stated()) {
            List<Figure> elsewhere = d.current(stated.item()).stream().filter(f -> !f.location().equals(p.location())).toList();
            boolean agrees = elsewhere.stream().anyMatch(f -> f.wan().subtract(stated.wan()).abs()
                    .compareTo(f.tolerance().max(stated.tolerance())) <= 0);
            if (!elsewhere.isEmpty() && !agrees) {
                out.add(new Difference(stated, elsewhere.get(0)));
            }
        }
        return out;
    }
}
