package org.disclosurelens.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.text.Normalizer;
import org.disclosurelens.text.Numbering;

/**
 * Finds a disclosure's outline: classifies paragraphs as heading candidates, sets the table of
 * contents aside, recognises the layout, takes its top-level headings as the parts and nests the
 * other headings below them by numbering style.
 */
public final class StructureParser {

    /** The longest line taken as the second line of a part's title. */
    private static final int DETACHED_TITLE = 24;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[。；;！!？?]$");

    public DocumentStructure parse(List<Block> blocks) {
        Map<Integer, HeadingCandidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                int index = i;
                HeadingClassifier.classify(i, p).ifPresent(c -> candidates.put(index, c));
            }
        }
        TableOfContents toc = TableOfContents.find(blocks, candidates);
        List<HeadingCandidate> body = candidates.values().stream().filter(c -> !toc.contains(c.block())).toList();
        body = attachDetachedTitles(body, blocks);
        Layout layout = LayoutRecognizer.recognise(body, toc.entries());
        List<HeadingCandidate> top = withoutEmptyRepeats(LayoutRecognizer.topLevel(layout, body, toc.entries()));
        List<Section> sections = build(blocks, body, top, toc.entries(), layout);
        List<DocumentStructure.TocEntry> entries = toc.entries().stream()
                .map(c -> new DocumentStructure.TocEntry(c.numberText(), c.title())).toList();
        return new DocumentStructure(layout, sections, entries);
    }

    /**
     * A part heading whose title is missing or names nothing ("第一部分" alone, "第二部分 江苏省人大
     * 常委会办公厅" broken before "2017 年度部门预算表") takes the short line after it as the rest of
     * its title.
     */
    private static List<HeadingCandidate> attachDetachedTitles(List<HeadingCandidate> body, List<Block> blocks) {
        List<HeadingCandidate> out = new ArrayList<>();
        Set<Integer> absorbed = new HashSet<>();
        for (HeadingCandidate c : body) {
            if (absorbed.contains(c.block())) {
                continue;
            }
            int next = c.block() + 1;
            if (c.style() == NumberingStyle.PART && c.parts().isEmpty() && next < blocks.size()
                    && blocks.get(next) instanceof Paragraph p && p.text().strip().length() <= DETACHED_TITLE
                    && !Numbering.startsNumbered(p.text()) && !SENTENCE_END.matcher(p.text().strip()).find()) {
                String rest = p.text().strip();
                String title = c.title().isEmpty() ? rest : c.title() + rest;
                absorbed.add(next);
                out.add(new HeadingCandidate(c.block(), c.style(), c.number(), c.numberText(), title,
                        c.text() + Normalizer.normalize(rest), c.location(), CanonicalPart.matching(title)));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Drops a top-level heading directly followed by another naming the same part: a workbook's
     * sheet name ("单位机构设置") over the sheet's own title ("XX（单位）机构设置").
     */
    private static List<HeadingCandidate> withoutEmptyRepeats(List<HeadingCandidate> top) {
        List<HeadingCandidate> kept = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            HeadingCandidate c = top.get(i);
            HeadingCandidate next = i + 1 < top.size() ? top.get(i + 1) : null;
            boolean repeated = next != null && next.block() == c.block() + 1 && !c.parts().isEmpty()
                    && next.parts().contains(c.parts().get(0));
            if (!repeated) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<Section> build(List<Block> blocks, List<HeadingCandidate> body, List<HeadingCandidate> top,
            List<HeadingCandidate> toc, Layout layout) {
        if (top.isEmpty()) {
            return List.of();
        }
        Set<Integer> topBlocks = new HashSet<>();
        top.forEach(c -> topBlocks.add(c.block()));
        int first = top.get(0).block();
        List<Opened> opened = new ArrayList<>();
        Deque<Opened> stack = new ArrayDeque<>();
        for (HeadingCandidate c : body) {
            if (c.block() < first) {
                continue;
            }
            boolean isTop = topBlocks.contains(c.block());
            int rank = isTop ? -1 : rank(c);
            while (!stack.isEmpty() && stack.peek().rank >= rank) {
                stack.pop();
            }
            if (!isTop && stack.isEmpty()) {
                continue;
            }
            Opened parent = stack.peek();
            Opened o = new Opened(opened.size(), parent == null ? -1 : parent.index, stack.size() + 1, rank, c);
            opened.add(o);
            stack.push(o);
        }
        List<Section> sections = new ArrayList<>();
        for (Opened o : opened) {
            int end = blocks.size();
            for (int k = o.index + 1; k < opened.size(); k++) {
                if (opened.get(k).level <= o.level) {
                    end = opened.get(k).candidate.block();
                    break;
                }
            }
            sections.add(section(o, end, blocks, sections, toc, layout));
        }
        return sections;
    }

    /** Nested headings rank by numbering; an unnumbered one sits level with 一、 headings. */
    private static int rank(HeadingCandidate c) {
        return c.style() == NumberingStyle.NONE ? NumberingStyle.CHINESE.rank() : c.style().rank();
    }

    private static Section section(Opened o, int end, List<Block> blocks, List<Section> done,
            List<HeadingCandidate> toc, Layout layout) {
        HeadingCandidate c = o.candidate;
        List<CanonicalPart> named = c.parts();
        if (o.level == 1 && (layout == Layout.SHANGHAI_BUDGET || layout == Layout.TABLES_ONLY)
                && LayoutRecognizer.tableTitle(c)) {
            // A table among the budget tables belongs to them, whatever else its title names.
            List<CanonicalPart> tables = new ArrayList<>(List.of(CanonicalPart.BUDGET_TABLES));
            named.stream().filter(p -> p != CanonicalPart.BUDGET_TABLES).forEach(tables::add);
            named = tables;
        }
        CanonicalPart part = !named.isEmpty() ? named.get(0) : o.parent >= 0 ? done.get(o.parent).part() : null;
        if (part == null && o.level == 1 && layout == Layout.COUNTY_NINE_PART && c.style() == NumberingStyle.PART
                && c.number() >= 1 && c.number() <= 9) {
            part = CanonicalPart.byNumber(c.number());
        }
        String number = c.numberText();
        boolean fromToc = false;
        if (number.isEmpty() && o.level == 1 && part != null) {
            String tocNumber = tocNumber(c, part, toc);
            fromToc = !tocNumber.isEmpty();
            number = tocNumber;
        }
        int characters = 0;
        for (int b = c.block(); b < end; b++) {
            characters += blocks.get(b).text().length();
        }
        Location last = blocks.get(Math.max(c.block(), end - 1)).location();
        return new Section(o.index, o.parent, o.level, part, named, number, fromToc, c.title(),
                c.block(), end, c.location(), last, characters);
    }

    /**
     * The number the table of contents gives a heading the body prints without one: the entry
     * whose title the heading contains, else the first top-level entry for the same part.
     */
    private static String tocNumber(HeadingCandidate c, CanonicalPart part, List<HeadingCandidate> toc) {
        String title = Normalizer.normalize(c.title());
        List<HeadingCandidate> numbered = toc.stream().filter(e -> !e.numberText().isEmpty()
                && (e.style() == NumberingStyle.PART || e.style() == NumberingStyle.CHINESE) && e.parts().contains(part)).toList();
        for (HeadingCandidate entry : numbered) {
            String entryTitle = Normalizer.normalize(entry.title()).replaceFirst("^(部门|单位)", "");
            if (!entryTitle.isEmpty() && title.contains(entryTitle)) {
                return entry.numberText();
            }
        }
        NumberingStyle topStyle = numbered.stream().anyMatch(e -> e.style() == NumberingStyle.PART)
                ? NumberingStyle.PART : NumberingStyle.CHINESE;
        return numbered.stream().filter(e -> e.style() == topStyle && e.parts().get(0) == part)
                .map(HeadingCandidate::numberText).findFirst().orElse("");
    }

    private record Opened(int index, int parent, int level, int rank, HeadingCandidate candidate) {
    }
}
