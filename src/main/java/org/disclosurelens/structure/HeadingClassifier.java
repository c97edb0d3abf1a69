package org.disclosurelens.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.text.ChineseNumerals;
import org.disclosurelens.text.Normalizer;

/**
 * Decides whether a paragraph reads like a heading, from its wording alone: a number in one of the
 * official styles followed by a short title without sentence punctuation, or an unnumbered short
 * line whose title names a part. Long numbered items ("（一）负责……。") are list items, not headings.
 */
final class HeadingClassifier {

    private static final String CN = "[一二三四五六七八九十〇零两]{1,3}";
    private static final Pattern PART = Pattern.compile("^第(" + CN + "|\\d{1,2})部分[:、.,]?(.*)$");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")[、.,](.+)$");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^\\((" + CN + ")\\)[、.]?(.+)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})(?:[、,]|\\.(?!\\d))(.+)$");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^\\((\\d{1,2})\\)[、.]?(.+)$");
    /** Amounts such as 1,234 or 12.50 mark a table row or a sentence with figures, not a title. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+\\.\\d+|\\d{5,}");
    private static final Pattern SENTENCE = Pattern.compile("[。;!?]|,.*,");
    /** An amount of money or a share ("200 万元", "5%") marks a sentence with figures, not a title. */
    private static final Pattern MONEY = Pattern.compile("\\d\\s*(万元|亿元|元|%)");
    private static final Pattern LEADER = Pattern.compile("(…{2,}|\\.{4,}|·{4,}|-{4,}|_{4,}).*$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("\\s*\\d{1,3}$");
    static final int MAX_TITLE = 40;

    private HeadingClassifier() {
    }

    static Optional<HeadingCandidate> classify(int block, Paragraph paragraph) {
        String raw = paragraph.text().strip();
        if (raw.length() > 80 || raw.contains("\n")) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw);
        boolean leader = LEADER.matcher(text).find();
        text = LEADER.matcher(text).replaceAll("");
        if (leader) {
            text = TRAILING_PAGE.matcher(text).replaceAll("");
        }
        for (NumberingStyle style : List.of(NumberingStyle.PART, NumberingStyle.CHINESE, NumberingStyle.PAREN_CHINESE,
                NumberingStyle.ARABIC, NumberingStyle.PAREN_ARABIC)) {
            Matcher m = pattern(style).matcher(text);
            if (m.matches()) {
                String title = clean(m.group(2));
                if (!titleLike(title, style == NumberingStyle.PART)) {
                    return Optional.empty();
                }
                int number = ChineseNumerals.parse(m.group(1));
                String written = rawTitle(raw, title);
                int cut = written.isEmpty() ? raw.length() : raw.lastIndexOf(written);
                String numberText = raw.substring(0, Math.max(0, cut)).replaceAll("[\\s:：、.．,，…]+$", "").strip();
                return Optional.of(new HeadingCandidate(block, style, number, numberText, written, text,
                        paragraph.location(), CanonicalPart.matching(title)));
            }
        }
        String title = clean(text);
        List<CanonicalPart> parts = CanonicalPart.matching(title);
        boolean declared = paragraph.headingLevel() > 0;
        if ((parts.isEmpty() && !declared) || !titleLike(title, false) || title.length() > 30) {
            return Optional.empty();
        }
        return Optional.of(new HeadingCandidate(block, NumberingStyle.NONE, -1, "", rawTitle(raw, title), text,
                paragraph.location(), parts));
    }

    private static Pattern pattern(NumberingStyle style) {
        return switch (style) {
            case PART -> PART;
            case CHINESE -> CHINESE;
            case PAREN_CHINESE -> PAREN_CHINESE;
            case ARABIC -> ARABIC;
            case PAREN_ARABIC -> PAREN_ARABIC;
            case NONE -> throw new IllegalArgumentException();
        };
    }

    private static String clean(String title) {
        return title.replaceAll("^[\\s:：、.]+|[\\s:：]+$", "");
    }

    private static boolean titleLike(String title, boolean part) {
        if (title.isEmpty()) {
            return part;
        }
        return title.length() <= MAX_TITLE
                && !SENTENCE.matcher(title).find()
                && !title.matches(".+:.+")
                && !AMOUNT.matcher(title).find()
                && !MONEY.matcher(title).find()
                && !title.endsWith(",");
    }

    /**
     * The title as written in the source: the raw text from the point where its normalised form
     * begins, with leaders, page numbers and a closing colon removed.
     */
    private static String rawTitle(String raw, String normalizedTitle) {
        if (normalizedTitle.isEmpty()) {
            return "";
        }
        String first = normalizedTitle.substring(0, 1);
        String cut = LEADER.matcher(raw).replaceAll("");
        int end = cut.length();
        for (int start = 0; start < cut.length(); start++) {
            String rest = cut.substring(start, end);
            if (Normalizer.normalize(rest).startsWith(first) && Normalizer.normalize(rest).replaceAll("[\\s:：]+$", "")
                    .equals(normalizedTitle)) {
                return rest.strip().replaceAll("[\\s:：]+$", "");
            }
        }
        return normalizedTitle;
    }
}
