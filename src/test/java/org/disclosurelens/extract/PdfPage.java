package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/** A PDF page under construction for tests: text runs one per line, CJK characters SIZE wide, and rulings. */
final class PdfPage {

    static final float SIZE = 10f;

    final int number;
    final List<TextLine> lines = new ArrayList<>();
    final List<Ruling> rulings = new ArrayList<>();

    PdfPage(int number) {
        this.number = number;
    }

    PdfPage text(float x, float y, String s) {
        float width = 0;
        for (char c : s.toCharArray()) {
            width += c < 128 ? SIZE / 2 : SIZE;
        }
        TextChunk chunk = new TextChunk(s, x, x + width, y, SIZE);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (Math.abs(line.y() - y) < 1) {
                List<TextChunk> chunks = new ArrayList<>(line.chunks());
                chunks.add(chunk);
                chunks.sort((a, b) -> Float.compare(a.x0(), b.x0()));
                lines.set(i, new TextLine(chunks, line.number()));
                return this;
            }
        }
        lines.add(new TextLine(List.of(chunk), lines.size() + 1));
        return this;
    }

    /** Ruling lines along every x and y given: a grid of cells. */
    PdfPage grid(float[] xs, float[] ys) {
        for (float y : ys) {
            rulings.add(new Ruling(xs[0], y, xs[xs.length - 1], y));
        }
        for (float x : xs) {
            rulings.add(new Ruling(x, ys[0], x, ys[ys.length - 1]));
        }
        return this;
    }

    /** A ruled table: one row of texts per entry of {@code rows}, columns at {@code xs}, rows 20 apart from {@code top}. */
    PdfPage table(float[] xs, float top, List<List<String>> rows) {
        float[] ys = new float[rows.size() + 1];
        for (int r = 0; r <= rows.size(); r++) {
            ys[r] = top + 20 * r;
        }
        grid(xs, ys);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    text(xs[c] + 5, ys[r] + 15, rows.get(r).get(c));
                }
            }
        }
        return this;
    }

    PageLayout layout() {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Float.compare(a.y(), b.y()));
        List<TextLine> numbered = new ArrayList<>();
        for (TextLine l : sorted) {
            numbered.add(new TextLine(l.chunks(), numbered.size() + 1));
        }
        return new PageLayout(number, 595, 842, numbered, rulings);
    }
}
