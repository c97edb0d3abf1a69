package org.disclosurelens.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.CanonicalPart;

/**
 * A disclosure laid out by its template: the paragraphs and tables every format renders, the
 * top-level headings as written, and the canonical parts the headings were written to name.
 * The parts are the writer's intent, declared heading by heading, not what a parser finds.
 */
public record Rendition(List<Block> blocks, List<TopHeading> outline, Set<CanonicalPart> parts) {

    /** A top-level heading as written: its number (第三部分, 一, or "" when unnumbered), title and parts. */
    public record TopHeading(String number, String title, List<Integer> parts) {
    }

    public Rendition {
        blocks = List.copyOf(blocks);
        outline = List.copyOf(outline);
        parts = Set.copyOf(parts);
    }

    /** Collects blocks in order; paragraphs marked as headings are set bold in Word. */
    static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final List<TopHeading> outline = new ArrayList<>();
        private final Set<CanonicalPart> parts = EnumSet.noneOf(CanonicalPart.class);

        Builder paragraph(String text) {
            blocks.add(new Paragraph(text, Location.UNKNOWN));
            return this;
        }

        /** A heading inside a part, which names {@code named}. */
        Builder heading(String text, CanonicalPart... named) {
            blocks.add(new Paragraph(text, Location.UNKNOWN, 2, 0f));
            parts.addAll(Arrays.asList(named));
            return this;
        }

        /** A top-level heading, written on one line or two. */
        Builder part(List<String> lines, String number, String title, CanonicalPart... named) {
            lines.forEach(line -> blocks.add(new Paragraph(line, Location.UNKNOWN, 1, 0f)));
            parts.addAll(Arrays.asList(named));
            outline.add(new TopHeading(number, title, Arrays.stream(named).map(CanonicalPart::number).toList()));
            return this;
        }

        Builder table(Table table) {
            blocks.add(table);
            return this;
        }

        Rendition build() {
            return new Rendition(blocks, outline, parts);
        }
    }
}
