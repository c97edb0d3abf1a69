package org.disclosurelens.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.TextLine;

/**
 * The running heads and feet of a PDF: texts that open or close many of its pages, such as
 * "苏州市交通运输局 2026年度部门预算公开" on every page of a Suzhou budget, or "部门公开表 4" above
 * each of a Fuzhou budget's tables. Digits are set aside when counting, so a head carrying a
 * number counts once for all its numbers. Those printed the same on every page are page furniture
 * and dropped; those carrying a number are kept as text (they name what follows), but they do not
 * part a table from its continuation on the next page.
 */
record RunningLines(Set<String> keys, Set<String> constant) {

    /** A text counts as running when it opens or closes at least this many pages … */
    private static final int MIN_PAGES = 3;
    /** … and at least this share of them. */
    private static final double MIN_SHARE = 0.2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * @param body a page's lines without its page number, the lines whose first and last are counted
     */
    static RunningLines of(List<PageLayout> pages, UnaryOperator<List<TextLine>> body) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> exact = new HashMap<>();
        for (PageLayout page : pages) {
            List<TextLine> lines = body.apply(page.lines());
            if (lines.isEmpty()) {
                continue;
            }
            String head = lines.get(0).text();
            String foot = lines.get(lines.size() - 1).text();
            counts.merge(key(head), 1, Integer::sum);
            exact.merge(folded(head), 1, Integer::sum);
            if (!key(foot).equals(key(head))) {
                counts.merge(key(foot), 1, Integer::sum);
                exact.merge(folded(foot), 1, Integer::sum);
            }
        }
        int needed = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages.size()));
        return new RunningLines(frequent(counts, needed), frequent(exact, needed));
    }

    private static Set<String> frequent(Map<String, Integer> counts, int needed) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= needed && !e.getKey().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The page's lines without a running head or foot printed the same on every page
     * ("苏州市交通运输局 2026年度部门预算公开"), except on the first page, where such a line is more
     * likely the title. Heads that carry a number ("部门公开表 4") are kept: they name what is below.
     */
    List<TextLine> withoutConstant(int page, List<TextLine> lines) {
        if (page <= 1 || lines.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new java.util.ArrayList<>(lines);
        if (constant.contains(folded(out.get(out.size() - 1).text()))) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && constant.contains(folded(out.get(0).text()))) {
            out.remove(0);
        }
        return out;
    }

    private static String folded(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    boolean contains(String text) {
        return keys.contains(key(text));
    }

    /** The text as running lines are compared: without white space, each run of digits as '#'. */
    static String key(String text) {
        return DIGITS.matcher(SPACE.matcher(text).replaceAll("")).replaceAll("#");
    }
}
