package org.disclosurelens.model;

/** A straight line drawn on a PDF page (a table border), in the same coordinates as text chunks. */
public record Ruling(float x0, float y0, float x1, float y1) {

    public boolean horizontal() {
        return Math.abs(y1 - y0) < 1f;
    }

    public boolean vertical() {
        return Math.abs(x1 - x0) < 1f;
    }
}
