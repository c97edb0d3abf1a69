package org.disclosurelens.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurelens.text.Normalizer;

/**
 * Recognises the template from the headings (and the table of contents), and picks the headings
 * that form the outline's top level under that template. The rest nest below them by numbering.
 */
final class LayoutRecognizer {

    /** Shanghai's body repeats its outline as unnumbered titles ("上海市…（部门）主要职能"). */
    private static final Pattern SHANGHAI_TOP =
            Pattern.compile("职能$|机构设置$|^名词解释$|编制说明$|^其他相关情况说明$|项目经费情况说明$|^绩效目标$");
    private static final Pattern TABLE_TITLE = Pattern.compile("(预算|决算|公开)[^绩]*表$|^公开\\d+表$");

    private LayoutRecognizer() {
    }

    static Layout recognise(List<HeadingCandidate> body, List<HeadingCandidate> toc) {
        List<HeadingCandidate> parts = new ArrayList<>(ofStyle(body, NumberingStyle.PART));
        for (HeadingCandidate entry : ofStyle(toc, NumberingStyle.PART)) {
            if (parts.stream().noneMatch(c -> c.number() == entry.number())) {
                parts.add(entry);
            }
        }
        if (parts.size() >= 2) {
            return byParts(parts);
        }
        List<HeadingCandidate> all = new ArrayList<>(body);
        all.addAll(toc);
        boolean duties = all.stream().anyMatch(c -> title(c).contains("主要职能"));
        boolean explained = all.stream().anyMatch(c -> title(c).endsWith("编制说明") || title(c).equals("其他相关情况说明"));
        if (duties && explained) {
            return Layout.SHANGHAI_BUDGET;
        }
        if (nineChain(body).size() >= 3) {
            return Layout.COUNTY_NINE_PART;
        }
        if (body.stream().filter(LayoutRecognizer::tableTitle).count() >= 2) {
            return Layout.TABLES_ONLY;
        }
        return Layout.UNKNOWN;
    }

    private static Layout byParts(List<HeadingCandidate> parts) {
        boolean overview = parts.stream().anyMatch(c -> title(c).contains("概况"));
        boolean tables = parts.stream().anyMatch(c -> c.names(CanonicalPart.BUDGET_TABLES));
        boolean finalAccounts = parts.stream().anyMatch(c -> title(c).contains("决算"));
        if (overview && tables && finalAccounts) {
            return Layout.FINAL_ACCOUNTS;
        }
        if (overview && tables) {
            return Layout.JIANGSU_BUDGET;
        }
        Set<CanonicalPart> nine = EnumSet.noneOf(CanonicalPart.class);
        parts.forEach(c -> c.parts().stream().filter(CanonicalPart::nine).forEach(nine::add));
        return nine.size() >= 3 || untitledNine(parts) ? Layout.COUNTY_NINE_PART : Layout.UNKNOWN;
    }

    /** 第一部分 … 第九部分 printed without titles: the county template, known by its numbers. */
    private static boolean untitledNine(List<HeadingCandidate> parts) {
        long untitled = parts.stream().filter(c -> c.parts().isEmpty()).count();
        return parts.size() >= 5 && untitled * 2 > parts.size()
                && parts.stream().allMatch(c -> c.number() >= 1 && c.number() <= 9);
    }

    /** The headings that open the outline's top-level sections under {@code layout}. */
    static List<HeadingCandidate> topLevel(Layout layout, List<HeadingCandidate> body, List<HeadingCandidate> toc) {
        List<HeadingCandidate> parts = ofStyle(body, NumberingStyle.PART);
        if (parts.size() >= 2) {
            return withPartsOnlyInToc(parts, body, toc);
        }
        return switch (layout) {
            case SHANGHAI_BUDGET -> body.stream().filter(c -> c.style() == NumberingStyle.NONE
                    && (SHANGHAI_TOP.matcher(title(c)).find() || tableTitle(c))).toList();
            case COUNTY_NINE_PART -> nineChain(body);
            case TABLES_ONLY -> body.stream().filter(LayoutRecognizer::tableTitle).toList();
            default -> numberedChain(body);
        };
    }

    /**
     * A part the table of contents lists but the body prints without its 第N部分 heading (a
     * 决算's tables often start straight with their title) opens at the first heading between its
     * neighbours that names the same part.
     */
    private static List<HeadingCandidate> withPartsOnlyInToc(List<HeadingCandidate> parts, List<HeadingCandidate> body,
            List<HeadingCandidate> toc) {
        List<HeadingCandidate> top = new ArrayList<>(parts);
        for (HeadingCandidate entry : ofStyle(toc, NumberingStyle.PART)) {
            if (entry.parts().isEmpty() || parts.stream().anyMatch(c -> c.number() == entry.number())) {
                continue;
            }
            int from = parts.stream().filter(c -> c.number() < entry.number()).mapToInt(HeadingCandidate::block).max().orElse(-1);
            int to = parts.stream().filter(c -> c.number() > entry.number()).mapToInt(HeadingCandidate::block).min()
                    .orElse(Integer.MAX_VALUE);
            body.stream().filter(c -> c.block() > from && c.block() < to && c.style() == NumberingStyle.NONE
                            && c.names(entry.parts().get(0)))
                    .findFirst().ifPresent(top::add);
        }
        top.sort(java.util.Comparator.comparingInt(HeadingCandidate::block));
        return top;
    }

    static boolean tableTitle(HeadingCandidate c) {
        return c.style() == NumberingStyle.NONE && TABLE_TITLE.matcher(title(c)).find();
    }

    /**
     * 一、 headings that name the nine parts in increasing order. A nested 一、 restarts the
     * numbering or names an earlier part, so it is not taken for a part.
     */
    private static List<HeadingCandidate> nineChain(List<HeadingCandidate> body) {
        List<HeadingCandidate> chain = new ArrayList<>();
        int lastNumber = 0;
        int lastPart = 0;
        for (HeadingCandidate c : body) {
            if (c.style() != NumberingStyle.CHINESE || c.parts().isEmpty() || !c.parts().get(0).nine()) {
                continue;
            }
            int part = c.parts().get(0).number();
            if (c.number() > lastNumber && part > lastPart) {
                chain.add(c);
                lastNumber = c.number();
                lastPart = part;
            }
        }
        return chain;
    }

    /** Unknown layouts: the 一、 headings that count up without restarting, else titled lines. */
    private static List<HeadingCandidate> numberedChain(List<HeadingCandidate> body) {
        List<HeadingCandidate> chain = new ArrayList<>();
        int last = 0;
        for (HeadingCandidate c : body) {
            if (c.style() == NumberingStyle.CHINESE && c.number() > last) {
                chain.add(c);
                last = c.number();
            }
        }
        if (chain.size() >= 2) {
            return chain;
        }
        return body.stream().filter(c -> c.style() == NumberingStyle.NONE).toList();
    }

    private static List<HeadingCandidate> ofStyle(List<HeadingCandidate> candidates, NumberingStyle style) {
        return candidates.stream().filter(c -> c.style() == style).toList();
    }

    private static String title(HeadingCandidate c) {
        return Normalizer.normalize(c.title());
    }
}
