package org.disclosurelens.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.text.Normalizer;

/**
 * The table of contents (目录), whose entries look exactly like headings but are not. It starts
 * at a 目录 line; with dot leaders it ends at the first line that has none (a line wrapped before
 * its leader belongs to it); without leaders it ends where an entry repeats (the body's first
 * heading), or failing that at the first paragraph of running text.
 */
record TableOfContents(int start, int end, List<HeadingCandidate> entries) {

    static final TableOfContents NONE = new TableOfContents(-1, -1, List.of());
    private static final Pattern TITLE = Pattern.compile("^目录$");
    private static final Pattern LEADER = Pattern.compile("…{2,}|\\.{4,}|·{4,}|-{6,}|_{6,}");
    private static final int BODY_TEXT = 40;

    TableOfContents {
        entries = List.copyOf(entries);
    }

    boolean contains(int block) {
        return block >= start && block < end;
    }

    static TableOfContents find(List<Block> blocks, Map<Integer, HeadingCandidate> candidates) {
        int limit = Math.min(blocks.size(), 80);
        for (int k = 0; k < limit; k++) {
            if (blocks.get(k) instanceof Paragraph p && TITLE.matcher(Normalizer.normalize(p.text())).matches()) {
                return from(k, blocks, candidates);
            }
        }
        return NONE;
    }

    private static TableOfContents from(int title, List<Block> blocks, Map<Integer, HeadingCandidate> candidates) {
        boolean leaders = false;
        Set<String> texts = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<Integer> parts = new HashSet<>();
        int end = title + 1;
        List<HeadingCandidate> entries = new ArrayList<>();
        for (int j = title + 1; j < blocks.size(); j++) {
            if (!(blocks.get(j) instanceof Paragraph p)) {
                break;
            }
            boolean leader = LEADER.matcher(p.text()).find();
            HeadingCandidate heading = candidates.get(j);
            if (heading != null && repeats(heading, texts, titles, parts)) {
                break;
            }
            if (leaders && !leader && !(j + 1 < blocks.size() && blocks.get(j + 1) instanceof Paragraph q
                    && LEADER.matcher(q.text()).find() && p.text().length() < BODY_TEXT)) {
                break;
            }
            if (heading == null && !leader && p.text().length() > BODY_TEXT) {
                break;
            }
            leaders |= leader;
            if (heading != null) {
                entries.add(heading);
                texts.add(heading.text());
                titles.add(Normalizer.normalize(heading.title()));
                if (heading.style() == NumberingStyle.PART) {
                    parts.add(heading.number());
                }
            }
            end = j + 1;
        }
        return new TableOfContents(title, end, entries);
    }

    /**
     * The body starts where an entry comes back: the same numbered heading, its part number alone
     * (第一部分 over a title on the next line, listed as 第一部分 部门概况), or an unnumbered
     * heading ending with an entry's title (Shanghai prints 一、单位主要职能 in the contents and
     * 上海市普陀区人民政府办公室主要职能 over the text).
     */
    private static boolean repeats(HeadingCandidate heading, Set<String> texts, Set<String> titles, Set<Integer> parts) {
        if (texts.contains(heading.text())) {
            return true;
        }
        if (heading.style() == NumberingStyle.PART && heading.title().isEmpty() && parts.contains(heading.number())) {
            return true;
        }
        String title = Normalizer.normalize(heading.title());
        return heading.style() == NumberingStyle.NONE && titles.stream()
                .map(t -> t.replaceFirst("^(部门|单位)", ""))
                .anyMatch(t -> title.equals(t) || t.length() >= 4 && title.endsWith(t));
    }
}
