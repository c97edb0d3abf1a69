package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Table;
import org.disclosurelens.text.Normalizer;

/**
 * A table as a rectangle that remembers which cell covers each position, so a merged cell (one
 * cell over three columns) can be told from three cells that happen to hold the same text
 * ("0 | 0 | 0"). Text-only sources have no merges: each position is its own cell. Not safe to
 * share between threads while keys are being filled in; each document is read by one thread.
 */
public final class TableGrid {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final List<List<String>> texts;
    private final int[][] ids;
    private final int[][] originRows;
    /** The folded text of each position, computed when first asked for: recognisers ask many times. */
    private final String[][] keys;

    private TableGrid(List<List<String>> texts, int[][] ids, int[][] originRows) {
        this.texts = texts;
        this.ids = ids;
        this.originRows = originRows;
        this.keys = new String[ids.length][ids.length == 0 ? 0 : ids[0].length];
    }

    public static TableGrid of(Table table) {
        List<List<String>> texts = table.grid();
        int width = texts.isEmpty() ? 0 : texts.get(0).size();
        int[][] ids = new int[texts.size()][width];
        int[][] originRows = new int[texts.size()][width];
        for (int[] row : ids) {
            java.util.Arrays.fill(row, -1);
        }
        List<Table.Placed> placed = table.placements();
        for (int i = 0; i < placed.size(); i++) {
            Table.Placed p = placed.get(i);
            for (int r = p.row(); r < Math.min(texts.size(), p.row() + p.cell().rowSpan()); r++) {
                for (int c = p.column(); c < Math.min(width, p.column() + p.cell().colSpan()); c++) {
                    ids[r][c] = i;
                    originRows[r][c] = p.row();
                }
            }
        }
        return new TableGrid(texts, ids, originRows);
    }

    public int rows() {
        return texts.size();
    }

    public int columns() {
        return texts.isEmpty() ? 0 : texts.get(0).size();
    }

    public List<List<String>> texts() {
        return texts;
    }

    public List<String> row(int r) {
        return texts.get(r);
    }

    /** The text at a position as written; "" outside the grid. */
    public String text(int r, int c) {
        if (r < 0 || r >= texts.size() || c < 0 || c >= columns()) {
            return "";
        }
        return texts.get(r).get(c);
    }

    /** The text at a position as recognisers compare it: folded, without any spaces or line breaks. */
    public String key(int r, int c) {
        if (r < 0 || r >= keys.length || c < 0 || c >= columns()) {
            return "";
        }
        if (keys[r][c] == null) {
            keys[r][c] = key(text(r, c));
        }
        return keys[r][c];
    }

    public static String key(String text) {
        String n = Normalizer.normalize(text);
        return n.indexOf(' ') < 0 ? n : WHITESPACE.matcher(n).replaceAll("");
    }

    /** True when the two positions are covered by one (merged) cell. */
    public boolean same(int r1, int c1, int r2, int c2) {
        int a = id(r1, c1);
        return a >= 0 && a == id(r2, c2);
    }

    /** True when the cell covering the position starts in row {@code r}, rather than being merged down from above. */
    public boolean startsIn(int r, int c) {
        return id(r, c) >= 0 && originRows[r][c] == r;
    }

    /** The first column of each distinct cell of row {@code r}, left to right, blank cells included. */
    public List<Integer> cellStarts(int r) {
        List<Integer> starts = new ArrayList<>();
        for (int c = 0; c < columns(); c++) {
            if (c == 0 || !same(r, c, r, c - 1)) {
                starts.add(c);
            }
        }
        return starts;
    }

    /** The column after the cell covering (r, c) ends. */
    public int endOf(int r, int c) {
        int e = c + 1;
        while (e < columns() && same(r, c, r, e)) {
            e++;
        }
        return e;
    }

    /** The first column right of the cell covering (r, c) that holds text; -1 when none. */
    public int nextFilled(int r, int c) {
        for (int k = endOf(r, c); k < columns(); k++) {
            if (!text(r, k).isBlank() && (k == 0 || !same(r, k, r, k - 1))) {
                return k;
            }
        }
        return -1;
    }

    private int id(int r, int c) {
        if (r < 0 || r >= ids.length || c < 0 || c >= columns()) {
            return -1;
        }
        return ids[r][c] < 0 ? -1 - r * 100_000 - c : ids[r][c];
    }
}
