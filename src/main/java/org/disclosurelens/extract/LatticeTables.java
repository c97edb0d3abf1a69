package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/**
 * Tables drawn with ruling lines ("lattice" tables, the idea of tabula-java's
 * SpreadsheetExtractionAlgorithm, MIT licence; reimplemented): rulings that touch form a table;
 * their x and y positions cut it into a grid; where a border is missing between two grid positions
 * they belong to one merged cell; each text run goes to the cell its centre falls in.
 */
final class LatticeTables {

    /** Rulings this close are the same line, and a ruling reaching this close to another touches it. */
    private static final float TOUCH = 2f;
    /** Positions this close are one grid line (LibreOffice draws a border at slightly varying x). */
    private static final float SAME_LINE = 3f;

    /** The tables found on a page, and the text runs they took from its lines. */
    record Found(List<PdfTable> tables, Map<TextChunk, Boolean> used) {
    }

    private LatticeTables() {
    }

    static Found find(PageLayout page) {
        List<Ruling> h = merge(page.rulings().stream().filter(Ruling::horizontal).toList(), true);
        List<Ruling> v = merge(page.rulings().stream().filter(Ruling::vertical).toList(), false);
        Map<TextChunk, Boolean> used = new IdentityHashMap<>();
        List<PdfTable> tables = new ArrayList<>();
        for (List<List<Ruling>> component : components(h, v)) {
            PdfTable table = table(page, component.get(0), component.get(1), used);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparingDouble(PdfTable::top));
        return new Found(tables, used);
    }

    /** Joins collinear rulings (within 1pt of the same line) that overlap or nearly touch. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble((Ruling r) -> across(r, horizontal)));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && across(sorted.get(j), horizontal) - across(sorted.get(j - 1), horizontal) <= 1f) {
                j++;
            }
            List<Ruling> line = new ArrayList<>(sorted.subList(i, j));
            line.sort(Comparator.comparingDouble(r -> along0(r, horizontal)));
            float at = across(line.get(0), horizontal);
            float from = along0(line.get(0), horizontal);
            float to = along1(line.get(0), horizontal);
            for (Ruling r : line.subList(1, line.size())) {
                if (along0(r, horizontal) > to + TOUCH) {
                    out.add(ruling(at, from, to, horizontal));
                    from = along0(r, horizontal);
                }
                to = Math.max(to, along1(r, horizontal));
            }
            out.add(ruling(at, from, to, horizontal));
            i = j;
        }
        return out;
    }

    private static float across(Ruling r, boolean horizontal) {
        return horizontal ? r.y0() : r.x0();
    }

    private static float along0(Ruling r, boolean horizontal) {
        return horizontal ? r.x0() : r.y0();
    }

    private static float along1(Ruling r, boolean horizontal) {
        return horizontal ? r.x1() : r.y1();
    }

    private static Ruling ruling(float at, float from, float to, boolean horizontal) {
        return horizontal ? new Ruling(from, at, to, at) : new Ruling(at, from, at, to);
    }

    /** Groups of touching rulings with at least two of each direction: {horizontals, verticals}. */
    private static List<List<List<Ruling>>> components(List<Ruling> h, List<Ruling> v) {
        int[] parent = new int[h.size() + v.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (touch(h.get(i), v.get(j))) {
                    parent[find(parent, i)] = find(parent, h.size() + j);
                }
            }
        }
        Map<Integer, List<List<Ruling>>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            List<List<Ruling>> g = groups.computeIfAbsent(find(parent, i), k -> List.of(new ArrayList<>(), new ArrayList<>()));
            g.get(i < h.size() ? 0 : 1).add(i < h.size() ? h.get(i) : v.get(i - h.size()));
        }
        return groups.values().stream().filter(g -> g.get(0).size() >= 2 && g.get(1).size() >= 2).toList();
    }

    private static boolean touch(Ruling h, Ruling v) {
        return v.x0() >= h.x0() - TOUCH && v.x0() <= h.x1() + TOUCH && h.y0() >= v.y0() - TOUCH && h.y0() <= v.y1() + TOUCH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static PdfTable table(PageLayout page, List<Ruling> h, List<Ruling> v, Map<TextChunk, Boolean> used) {
        float[] xs = positions(v.stream().map(Ruling::x0).toList());
        float[] ys = positions(h.stream().map(Ruling::y0).toList());
        if (xs.length < 2 || ys.length < 2 || xs.length == 2 && ys.length == 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[][] cell = new int[rows][cols];
        List<int[]> spans = cells(h, v, xs, ys, cell);
        List<List<TextChunk>> content = new ArrayList<>();
        int[] firstLine = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            content.add(new ArrayList<>());
            firstLine[i] = Integer.MAX_VALUE;
        }
        boolean any = false;
        for (TextLine line : page.lines()) {
            for (TextChunk c : line.chunks()) {
                float cx = (c.x0() + c.x1()) / 2;
                float cy = c.y() - 0.3f * c.fontSize();
                int col = band(xs, cx);
                int row = band(ys, cy);
                if (col >= 0 && row >= 0 && !used.containsKey(c)) {
                    int id = cell[row][col];
                    content.get(id).add(c);
                    firstLine[id] = Math.min(firstLine[id], line.number());
                    used.put(c, Boolean.TRUE);
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        return build(page, xs, ys, spans, content, firstLine);
    }

    /** Sorted distinct positions, those within SAME_LINE of each other taken as one (grid lines, column edges). */
    static float[] positions(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float x : sorted) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > SAME_LINE) {
                out.add(x);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /**
     * Cuts the grid into cells: a cell grows right while no vertical ruling separates the next
     * position, then down while no horizontal ruling separates the row below. Returns each cell
     * as {row, col, rowSpan, colSpan} and fills {@code cell} with cell ids.
     */
    private static List<int[]> cells(List<Ruling> h, List<Ruling> v, float[] xs, float[] ys, int[][] cell) {
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        for (int[] r : cell) {
            java.util.Arrays.fill(r, -1);
        }
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (cell[r][c] >= 0) {
                    continue;
                }
                int w = 1;
                while (c + w < cols && cell[r][c + w] < 0 && !vertical(v, xs[c + w], (ys[r] + ys[r + 1]) / 2)) {
                    w++;
                }
                int height = 1;
                while (r + height < rows && openBelow(h, xs, ys[r + height], c, w, cell, r + height)) {
                    height++;
                }
                for (int dr = 0; dr < height; dr++) {
                    for (int dc = 0; dc < w; dc++) {
                        cell[r + dr][c + dc] = spans.size();
                    }
                }
                spans.add(new int[] {r, c, height, w});
            }
        }
        return spans;
    }

    private static boolean openBelow(List<Ruling> h, float[] xs, float y, int c, int w, int[][] cell, int row) {
        for (int dc = 0; dc < w; dc++) {
            if (cell[row][c + dc] >= 0 || horizontal(h, y, (xs[c + dc] + xs[c + dc + 1]) / 2)) {
                return false;
            }
        }
        return true;
    }

    private static boolean vertical(List<Ruling> v, float x, float y) {
        for (Ruling r : v) {
            if (Math.abs(r.x0() - x) <= SAME_LINE && r.y0() <= y + 1 && r.y1() >= y - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean horizontal(List<Ruling> h, float y, float x) {
        for (Ruling r : h) {
            if (Math.abs(r.y0() - y) <= SAME_LINE && r.x0() <= x + 1 && r.x1() >= x - 1) {
                return true;
            }
        }
        return false;
    }

    /** The band [edges[i], edges[i+1]) holding {@code x}; -1 outside. */
    private static int band(float[] edges, float x) {
        if (x < edges[0] - 1 || x > edges[edges.length - 1] + 1) {
            return -1;
        }
        for (int i = 0; i < edges.length - 1; i++) {
            if (x < edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }

    private static PdfTable build(PageLayout page, float[] xs, float[] ys, List<int[]> spans,
            List<List<TextChunk>> content, int[] firstLine) {
        List<PdfTable.Row> rows = new ArrayList<>();
        int lastLine = Integer.MAX_VALUE;
        for (int r = 0; r < ys.length - 1; r++) {
            List<PdfTable.PdfCell> cells = new ArrayList<>();
            int line = Integer.MAX_VALUE;
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                if (s[0] == r) {
                    float x0 = xs[s[1]];
                    float x1 = xs[s[1] + s[3]];
                    cells.add(new PdfTable.PdfCell(CellText.join(content.get(i), x0, x1), x0, x1, s[2],
                            CellText.open(content.get(i), x0, x1)));
                    line = Math.min(line, firstLine[i]);
                }
            }
            line = line == Integer.MAX_VALUE ? lastLine : line;
            lastLine = line;
            rows.add(new PdfTable.Row(new Location(page.number(), line == Integer.MAX_VALUE ? 0 : line), cells));
        }
        fixLeadingLocations(rows);
        return new PdfTable(rows, ys[0], ys[ys.length - 1]);
    }

    /** Rows before the first row with text take the first text's line. */
    private static void fixLeadingLocations(List<PdfTable.Row> rows) {
        int first = rows.stream().mapToInt(r -> r.location().line()).filter(l -> l > 0).findFirst().orElse(0);
        for (int i = 0; i < rows.size() && rows.get(i).location().line() == 0; i++) {
            PdfTable.Row r = rows.get(i);
            rows.set(i, new PdfTable.Row(new Location(r.location().page(), first), r.cells()));
        }
    }
}
