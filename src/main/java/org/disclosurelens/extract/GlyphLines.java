package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/**
 * A page's lines from glyphs placed one by one (OFD), made as {@link PdfExtractor} makes them from
 * PDFBox's text positions, so that {@link PdfBlockBuilder} sees the same kind of page: glyphs off
 * the page are dropped, glyphs whose baselines are within half a font size below the first
 * baseline of a line are on that line (a superscript, a cell centred beside a cell of two lines),
 * a line's glyphs go left to right, and runs of text (chunks) break at blanks, at gaps wider than
 * half a character and at vertical rulings. PDFBox also breaks runs where it puts a space between
 * words, which depends on the widths of the PDF's fonts' spaces; OFD has no such widths, so a
 * narrower gap (the fifth of an em LibreOffice sets between Chinese and digits) is no break here.
 */
final class GlyphLines {

    /** A glyph on a page: its baseline origin, width and font size, in points from the top-left corner. */
    record Glyph(String text, float x, float y, float width, float size) {
    }

    /** How far outside the page a glyph may start and still be on it, as for PDFs (glyphs overhang). */
    private static final float OUTSIDE = 2f;
    /** Baselines this many font sizes below a line's first are on that line. */
    private static final float SAME_LINE = 0.5f;

    private GlyphLines() {
    }

    /** The page's lines, top to bottom, numbered from 1. */
    static List<TextLine> of(List<Glyph> glyphs, List<Ruling> rulings, float width, float height) {
        float[][] cuts = rulings.stream().filter(Ruling::vertical)
                .map(r -> new float[] {r.x0(), r.y0(), r.y1()}).toArray(float[][]::new);
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> row : rows(glyphs, width, height)) {
            List<TextChunk> chunks = chunks(row, cuts);
            if (!chunks.isEmpty()) {
                lines.add(new TextLine(chunks, lines.size() + 1));
            }
        }
        return lines;
    }

    /** The glyphs on the page grouped by baseline, each group left to right. */
    private static List<List<Glyph>> rows(List<Glyph> glyphs, float width, float height) {
        List<Glyph> sorted = glyphs.stream()
                .filter(g -> g.x() >= -OUTSIDE && g.x() <= width + OUTSIDE && g.y() >= -OUTSIDE && g.y() <= height + OUTSIDE)
                .sorted(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x)).toList();
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        for (Glyph g : sorted) {
            Glyph head = row == null ? null : row.get(0);
            if (head == null || g.y() - head.y() > SAME_LINE * Math.max(head.size(), g.size())) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(g);
        }
        rows.forEach(r -> r.sort(Comparator.comparingDouble(Glyph::x)));
        return rows;
    }

    /** The row's runs of text, split as {@code PdfExtractor.writeString} splits PDFBox's words. */
    private static List<TextChunk> chunks(List<Glyph> row, float[][] cuts) {
        List<TextChunk> chunks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Glyph first = null;
        Glyph last = null;
        float size = 0f;
        for (Glyph g : row) {
            if (last != null && duplicate(last, g)) {
                continue;
            }
            boolean blank = g.text().isBlank();
            boolean gap = last != null && (g.x() - (last.x() + last.width()) > 0.5f * Math.max(1f, g.size())
                    || ruledBetween(last, g, cuts));
            if ((blank || gap) && first != null) {
                chunks.add(new TextChunk(run.toString(), first.x(), last.x() + last.width(), first.y(), size));
                run.setLength(0);
                first = null;
                size = 0f;
            }
            if (blank) {
                continue;
            }
            if (first == null) {
                first = g;
            }
            run.append(g.text());
            last = g;
            size = Math.max(size, g.size());
        }
        if (first != null) {
            chunks.add(new TextChunk(run.toString(), first.x(), last.x() + last.width(), first.y(), size));
        }
        return chunks;
    }

    /**
     * The same character drawn again over itself (fake bold): PDFBox drops such a glyph when it
     * lies within a third of its width of the first, and so does this.
     */
    private static boolean duplicate(Glyph a, Glyph b) {
        float tolerance = a.width() / 3f;
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) <= tolerance && Math.abs(a.y() - b.y()) <= tolerance;
    }

    /** True when a vertical ruling passes between the two glyphs' centres at the height of the second. */
    private static boolean ruledBetween(Glyph a, Glyph b, float[][] cuts) {
        float from = a.x() + a.width() / 2;
        float to = b.x() + b.width() / 2;
        float y = b.y() - 0.3f * b.size();
        for (float[] cut : cuts) {
            if (cut[0] > from && cut[0] < to && cut[1] <= y && cut[2] >= y) {
                return true;
            }
        }
        return false;
    }
}
