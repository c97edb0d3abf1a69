package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The subpaths of an OFD AbbreviatedData (GB/T 33190 § 9.3.2, table 37): S or M starts a subpath
 * at x y, L draws a line to x y, Q (x1 y1 x2 y2), B (x1 y1 x2 y2 x3 y3) and A (rx ry angle large
 * sweep x y) draw curves, C closes the subpath (Z is accepted too). Only straight lines can be
 * table borders; curves just move the current point. Parsing stops at the first malformed token
 * and keeps what came before it.
 */
final class OfdPathData {

    /** A subpath's straight lines (x0 y0 x1 y1) and the bounds of all its points (left top right bottom), in page points. */
    record Subpath(List<double[]> lines, double[] bounds) {
    }

    private final List<Subpath> subpaths = new ArrayList<>();
    private final Transform transform;
    private List<double[]> lines;
    private double[] bounds;
    private double[] start;
    private double[] current;

    /** Maps a point of the object's own coordinates (mm) to the page (points). */
    interface Transform {
        double[] point(double x, double y);
    }

    private OfdPathData(Transform transform) {
        this.transform = transform;
    }

    static List<Subpath> parse(String data, Transform transform) {
        OfdPathData path = new OfdPathData(transform);
        String[] tokens = data.strip().split("\\s+");
        int i = 0;
        while (i < tokens.length) {
            int used = path.operator(tokens, i);
            if (used < 0) {
                break;
            }
            i += used;
        }
        path.finish();
        return path.subpaths;
    }

    /** Applies the operator at {@code tokens[i]}; returns the tokens it used, or -1 when malformed. */
    private int operator(String[] tokens, int i) {
        String op = tokens[i];
        int arity = switch (op) {
            case "S", "M", "L" -> 2;
            case "Q" -> 4;
            case "B" -> 6;
            case "A" -> 7;
            case "C", "Z" -> 0;
            default -> -1;
        };
        if (arity < 0 || i + arity >= tokens.length) {
            return -1;
        }
        double[] args = new double[arity];
        for (int k = 0; k < arity; k++) {
            args[k] = OfdXml.number(tokens[i + 1 + k]);
            if (Double.isNaN(args[k])) {
                return -1;
            }
        }
        switch (op) {
            case "S", "M" -> moveTo(args[0], args[1]);
            case "L" -> lineTo(args[0], args[1]);
            case "C", "Z" -> close();
            default -> curveTo(args[arity - 2], args[arity - 1]);
        }
        return arity + 1;
    }

    private void moveTo(double x, double y) {
        finish();
        current = transform.point(x, y);
        start = current;
        lines = new ArrayList<>();
        bounds = new double[] {current[0], current[1], current[0], current[1]};
    }

    private void lineTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        double[] next = transform.point(x, y);
        lines.add(new double[] {current[0], current[1], next[0], next[1]});
        extend(next);
        current = next;
    }

    private void curveTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current = transform.point(x, y);
        extend(current);
    }

    private void close() {
        if (current != null && (current[0] != start[0] || current[1] != start[1])) {
            lines.add(new double[] {current[0], current[1], start[0], start[1]});
        }
        current = start;
    }

    private void extend(double[] p) {
        bounds[0] = Math.min(bounds[0], p[0]);
        bounds[1] = Math.min(bounds[1], p[1]);
        bounds[2] = Math.max(bounds[2], p[0]);
        bounds[3] = Math.max(bounds[3], p[1]);
    }

    private void finish() {
        if (lines != null && (!lines.isEmpty() || bounds[2] > bounds[0] || bounds[3] > bounds[1])) {
            subpaths.add(new Subpath(lines, bounds));
        }
        lines = null;
    }
}
