package org.disclosurelens.model;

/**
 * A table cell as the source declares it, HTML-style: a merged cell appears once, in its top-left
 * position, with its spans; the positions it covers are not repeated in later rows.
 */
public record Cell(String text, int colSpan, int rowSpan) {

    public Cell {
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans must be positive: " + colSpan + "x" + rowSpan);
        }
    }

    public Cell(String text) {
        this(text, 1, 1);
    }
}
