package org.disclosurelens.model;

import java.util.List;

/** The text lines and ruling lines of one PDF or OFD page, kept for table reconstruction. */
public record PageLayout(int number, float width, float height, List<TextLine> lines, List<Ruling> rulings) {

    public PageLayout {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }
}
