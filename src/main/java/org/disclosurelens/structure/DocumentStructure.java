package org.disclosurelens.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The outline of one disclosure: its layout, its sections and what the table of contents lists. */
public record DocumentStructure(Layout layout, List<Section> sections, List<TocEntry> toc) {

    /** One line of the table of contents, as written. */
    public record TocEntry(String number, String title) {
    }

    public DocumentStructure {
        sections = List.copyOf(sections);
        toc = List.copyOf(toc);
    }

    /** The part of the innermost section holding block {@code block}; null outside every section. */
    public CanonicalPart partAt(int block) {
        Section inner = null;
        for (Section s : sections) {
            if (s.startBlock() <= block && block < s.endBlock() && (inner == null || s.level() >= inner.level())) {
                inner = s;
            }
        }
        return inner == null ? null : inner.part();
    }

    /** The canonical parts that some section's title names or that a top-level section maps to. */
    public Set<CanonicalPart> partsFound() {
        Set<CanonicalPart> found = EnumSet.noneOf(CanonicalPart.class);
        for (Section s : sections) {
            found.addAll(s.named());
            if (s.part() != null && s.level() == 1) {
                found.add(s.part());
            }
        }
        return found;
    }

    /** The nine parts found, written as ranges: "1-9", "1,2,4", "1-4,6". */
    public String nineParts() {
        List<Integer> numbers = partsFound().stream().filter(CanonicalPart::nine)
                .map(CanonicalPart::number).sorted().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            sb.append(sb.isEmpty() ? "" : ",").append(numbers.get(i));
            if (j > i) {
                sb.append(j == i + 1 ? "," : "-").append(numbers.get(j));
            }
            i = j;
        }
        return sb.toString();
    }

    /** The parts beyond the nine that were found, by name: budget_tables, project_explanations. */
    public String extraParts() {
        return partsFound().stream().filter(p -> !p.nine())
                .map(p -> p.name().toLowerCase()).collect(Collectors.joining(";"));
    }
}
