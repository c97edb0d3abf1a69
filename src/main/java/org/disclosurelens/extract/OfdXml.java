package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading GB/T 33190 XML: elements by local name (writers differ in prefixes, and a few omit the
 * namespace), and the standard's number lists, which never throw on a malformed value: a bad
 * number is NaN and the object holding it is left out, rather than the whole file.
 */
final class OfdXml {

    private OfdXml() {
    }

    /** The element children of {@code parent}, in order. */
    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The children of {@code parent} with local name {@code name}. */
    static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> name.equals(name(e))).toList();
    }

    /** The first child of {@code parent} with local name {@code name}, or null. */
    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The text of the first child named {@code name}, stripped, or "" when there is none. */
    static String childText(Element parent, String name) {
        Element child = parent == null ? null : child(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName().replaceFirst("^.*:", "");
    }

    /** No page measures a kilometre: a larger number is damage, and would overflow a float in points. */
    private static final double LARGEST = 1e6;

    /** A number of an attribute or list, NaN when absent, malformed or beyond {@link #LARGEST}. */
    static double number(String text) {
        double d = parse(text);
        return Math.abs(d) <= LARGEST ? d : Double.NaN;
    }

    private static double parse(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A list of exactly {@code count} numbers (a Boundary, a CTM), or null when it is not one. */
    static double[] numbers(String text, int count) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length != count) {
            return null;
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = number(tokens[i]);
            if (Double.isNaN(out[i])) {
                return null;
            }
        }
        return out;
    }

    /**
     * The first {@code n} offsets of a DeltaX or DeltaY list, NaN where the list stops short.
     * "g N d" stands for N times d (GB/T 33190 § 11.3); the expansion stops at {@code n}, so a
     * count of a billion costs nothing.
     */
    static double[] deltas(String text, int n) {
        double[] out = new double[Math.max(0, n)];
        Arrays.fill(out, Double.NaN);
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] tokens = text.strip().split("\\s+");
        int k = 0;
        for (int i = 0; i < tokens.length && k < out.length; i++) {
            if (tokens[i].equals("g")) {
                double count = i + 2 < tokens.length ? parse(tokens[i + 1]) : Double.NaN;
                double d = i + 2 < tokens.length ? number(tokens[i + 2]) : Double.NaN;
                if (!(count >= 0) || Double.isNaN(d)) {
                    break;
                }
                for (long c = 0; c < (long) count && k < out.length; c++) {
                    out[k++] = d;
                }
                i += 2;
            } else {
                double d = number(tokens[i]);
                if (Double.isNaN(d)) {
                    break;
                }
                out[k++] = d;
            }
        }
        return out;
    }
}
