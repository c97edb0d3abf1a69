package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;

/**
 * A table rebuilt from a PDF page, still with its geometry: each cell knows its left and right
 * edge, so tables continued over a page break can be joined and their columns lined up before
 * the table becomes a model {@link Table}.
 */
final class PdfTable {

    /** The longest remainder of a cut cell taken up beside the cells of a new row. */
    private static final int PARTIAL_TAIL = 3;
    /** Edges closer than this are the same column boundary. */
    private static final float SAME_EDGE = 3f;

    /**
     * A cell: its text, its edges and how many rows it spans. {@code open} is true when its last
     * line ran to the cell's right edge, so its text may go on in the row's remainder on the next page.
     */
    record PdfCell(String text, float x0, float x1, int rowSpan, boolean open) {

        PdfCell(String text, float x0, float x1, int rowSpan) {
            this(text, x0, x1, rowSpan, false);
        }
    }

    /** A row: where it starts and the cells that start in it, left to right. */
    record Row(Location location, List<PdfCell> cells) {
    }

    private final List<Row> rows;
    private final float top;
    private final float bottom;

    PdfTable(List<Row> rows, float top, float bottom) {
        this.rows = new ArrayList<>(rows);
        this.top = top;
        this.bottom = bottom;
    }

    List<Row> rows() {
        return rows;
    }

    /** The y of the table's top edge on its first page. */
    float top() {
        return top;
    }

    /** The y of the table's bottom edge on its last page. */
    float bottom() {
        return bottom;
    }

    int page() {
        return rows.get(0).location().page();
    }

    int lastPage() {
        return rows.get(rows.size() - 1).location().page();
    }

    /** True when {@code next} opens with the header rows this table opens with (one or more, as written). */
    boolean repeatsHeader(PdfTable next) {
        return repeatedHeader(next) > 0;
    }

    /** The distinct column edges, left to right. */
    float[] edges() {
        List<Float> all = new ArrayList<>();
        for (Row row : rows) {
            for (PdfCell c : row.cells()) {
                all.add(c.x0());
                all.add(c.x1());
            }
        }
        return LatticeTables.positions(all);
    }

    /**
     * True when {@code next} continues this table on the next page: most of the column edges of the
     * one with fewer columns are edges of the other.
     */
    boolean continuedBy(PdfTable next) {
        if (sameTitleRow(next) || next.opensWithTitle()) {
            return false;
        }
        float[] a = edges();
        float[] b = next.edges();
        if (headOnly() && a.length >= 2 && b.length >= 2 && Math.abs(a[0] - b[0]) <= SAME_EDGE
                && Math.abs(a[a.length - 1] - b[b.length - 1]) <= SAME_EDGE) {
            return true;
        }
        if (a.length < 3 || b.length < 3) {
            return false;
        }
        float[] small = a.length <= b.length ? a : b;
        float[] large = a.length <= b.length ? b : a;
        int shared = 0;
        for (float x : small) {
            if (Math.abs(large[index(large, x)] - x) <= SAME_EDGE) {
                shared++;
            }
        }
        return shared * 10 >= small.length * 8;
    }

    /**
     * True when the table is only a head: one or two rows (its title across it, its unit) and no
     * amount. Word keeps such rows at the foot of a page and puts the header and body on the next,
     * whose columns the head's two do not share: a generated county budget's emptied 三公 table
     * ("“三公”经费预算情况" / "单位：万元" on one page, "2020年预算数 2021年预算数 增减变化" on the next)
     * was read as two tables, neither of them the 三公 table (fresh seed 91001, g0094). Joined when
     * the outer edges agree.
     */
    private boolean headOnly() {
        return rows.size() <= 2 && rows.stream().flatMap(r -> r.cells().stream())
                .noneMatch(c -> numeric(c.text()));
    }

    /**
     * True when the table opens with a one-cell row naming a table ("办公楼租金项目绩效目标表"): a new
     * table, one form of a series printed one a page, not the rest of the one before, unless the row
     * says it goes on (续表, （续）).
     */
    private boolean opensWithTitle() {
        List<PdfCell> first = rows.get(0).cells();
        if (first.size() != 1 || rows.size() < 2) {
            return false;
        }
        String title = first.get(0).text().replaceAll("\\s+", "").replaceAll("[(（][^)）]*[)）]$", "");
        return title.endsWith("表") && !first.get(0).text().contains("续");
    }

    /**
     * True when both tables open with the same one-cell title row: two filled-in copies of one form
     * (a 绩效目标填报表 per project, one a page), not one table continued. A continued table repeats
     * its column headers, not its title.
     */
    private boolean sameTitleRow(PdfTable next) {
        List<PdfCell> a = rows.get(0).cells();
        List<PdfCell> b = next.rows.get(0).cells();
        return a.size() == 1 && b.size() == 1 && !a.get(0).text().isBlank() && a.get(0).text().equals(b.get(0).text());
    }

    /**
     * Appends the rows of {@code next}, without the header rows it repeats from this table's top,
     * and mends a row the page break cut in two (see {@link #mendSplitRow}).
     */
    PdfTable join(PdfTable next) {
        int repeated = repeatedHeader(next);
        List<Row> joined = new ArrayList<>(rows);
        List<Row> rest = new ArrayList<>(next.rows.subList(repeated, next.rows.size()));
        if (repeated == 0 && !rest.isEmpty()) {
            mendSplitRow(joined, rest);
        }
        joined.addAll(rest);
        return new PdfTable(joined, top, next.bottom);
    }

    /**
     * Word processors let a row break over a page: the text that did not fit continues in the same
     * cells at the top of the next page ("为经济社会发展提供良好环" / "境"). The next page's first
     * row is such a remainder when each of its texts sits in a cell with the same edges as a cell
     * of the last row whose text ran to its right edge, neither being a number (unless a number
     * cut at its point or separator, "475300." over "00"), and some cell of
     * the last row left nothing over (a blank cell of one row under it); the remainders are appended to those cells. When the first row also holds
     * cells of its own (a new row beside a merged cell that was cut), only the remainders move up,
     * and their cells now reach down over that row.
     */
    private static void mendSplitRow(List<Row> above, List<Row> below) {
        int last = above.size() - 1;
        List<int[]> covering = covering(above, last);
        Row first = below.get(0);
        List<PdfCell> own = new ArrayList<>();
        List<int[]> continued = new ArrayList<>();
        boolean leftover = false;
        for (int k = 0; k < first.cells().size(); k++) {
            PdfCell b = first.cells().get(k);
            int[] a = sameEdges(above, covering, b);
            String aText = a == null ? "" : above.get(a[0]).cells().get(a[1]).text();
            if (b.text().isBlank()) {
                // Only a blank under a cell of the last row alone says that row left nothing over
                // there: a blank under or reaching beyond a merged cell is that cell going on
                // (一级指标 over the next rows, 财政专户管理资金 over its items).
                leftover |= !aText.isBlank() && b.rowSpan() == 1 && a[0] == last
                        && above.get(a[0]).cells().get(a[1]).rowSpan() == 1;
                if (a == null || b.rowSpan() == 1) {
                    own.add(b);
                } else {
                    continued.add(new int[] {a[0], a[1], k});
                }
            } else if (a != null && above.get(a[0]).cells().get(a[1]).open()
                    && (!numeric(aText) && !numeric(b.text()) || cutNumber(aText, b.text()))) {
                continued.add(new int[] {a[0], a[1], k});
            } else {
                own.add(b);
            }
        }
        boolean whole = own.stream().allMatch(c -> c.text().isBlank());
        if (!whole) {
            // Beside cells of a new row, only a short tail of a row label ("途" of 预算规模及资金用途,
            // the leftmost cell) is a remainder: a short value ("≥8年") is the new row's own.
            float left = leftEdge(above);
            continued.removeIf(c -> {
                PdfCell b = first.cells().get(c[2]);
                boolean tail = !b.text().isBlank() && b.text().strip().length() <= PARTIAL_TAIL
                        && Math.abs(b.x0() - left) <= SAME_EDGE;
                if (!tail) {
                    own.add(b);
                }
                return !tail;
            });
            own.sort(java.util.Comparator.comparingDouble(PdfCell::x0));
        }
        if (continued.stream().allMatch(c -> first.cells().get(c[2]).text().isBlank()) || whole && !leftover) {
            return;
        }
        for (int[] c : continued) {
            PdfCell a = above.get(c[0]).cells().get(c[1]);
            PdfCell b = first.cells().get(c[2]);
            int extra = whole ? b.rowSpan() - 1 : b.rowSpan();
            List<PdfCell> cells = new ArrayList<>(above.get(c[0]).cells());
            cells.set(c[1], new PdfCell(a.text() + b.text(), a.x0(), a.x1(), a.rowSpan() + extra, b.open()));
            above.set(c[0], new Row(above.get(c[0]).location(), cells));
        }
        if (whole) {
            below.remove(0);
        } else {
            below.set(0, new Row(first.location(), own));
        }
    }

    private static float leftEdge(List<Row> rows) {
        float left = Float.MAX_VALUE;
        for (Row row : rows) {
            for (PdfCell c : row.cells()) {
                left = Math.min(left, c.x0());
            }
        }
        return left;
    }

    /** The cells covering row {@code r}: {row, index} of each cell that starts at or above it and reaches it. */
    private static List<int[]> covering(List<Row> rows, int r) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i <= r; i++) {
            List<PdfCell> cells = rows.get(i).cells();
            for (int k = 0; k < cells.size(); k++) {
                if (i + cells.get(k).rowSpan() - 1 >= r) {
                    out.add(new int[] {i, k});
                }
            }
        }
        return out;
    }

    private static int[] sameEdges(List<Row> rows, List<int[]> covering, PdfCell b) {
        for (int[] c : covering) {
            PdfCell a = rows.get(c[0]).cells().get(c[1]);
            if (Math.abs(a.x0() - b.x0()) <= SAME_EDGE && Math.abs(a.x1() - b.x1()) <= SAME_EDGE) {
                return c;
            }
        }
        return null;
    }

    /** A number cut at its point or a group separator ("475300." over "00", "382,300" over ".00"). */
    private static boolean cutNumber(String above, String below) {
        String a = above.strip();
        String b = below.strip();
        return numeric(a) && numeric(b) && (a.endsWith(".") || a.endsWith(",") || b.startsWith(".") || b.startsWith(","))
                && (a + b).matches("[-+]?\\d{1,3}(,\\d{3})*(\\.\\d+)?%?|[-+]?\\d+(\\.\\d+)?%?");
    }

    private static boolean numeric(String text) {
        return text.strip().matches("[-+]?[\\d,.%％]+");
    }

    private int repeatedHeader(PdfTable next) {
        for (int k = Math.min(6, Math.min(rows.size(), next.rows.size() - 1)); k >= 1; k--) {
            for (int offset = 0; offset <= 1 && offset + k <= rows.size(); offset++) {
                boolean same = true;
                for (int i = 0; i < k && same; i++) {
                    same = texts(rows.get(offset + i)).equals(texts(next.rows.get(i)));
                }
                if (same) {
                    return k;
                }
            }
        }
        return 0;
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(PdfCell::text).toList();
    }

    /**
     * The model table: each cell placed at the column edge nearest its left edge, spanning to its
     * right edge, and empty cells filling positions that no cell (nor a merged cell from above) covers.
     */
    Table toTable() {
        float[] edges = edges();
        int width = Math.max(1, edges.length - 1);
        int[] coveredUntil = new int[width];
        Arrays.fill(coveredUntil, -1);
        List<List<Cell>> out = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            int c = 0;
            int filler = 0;
            List<PdfCell> starting = rows.get(r).cells();
            int k = 0;
            while (c < width) {
                PdfCell cell = k < starting.size() ? starting.get(k) : null;
                int start = cell == null ? width : Math.min(width - 1, index(edges, cell.x0()));
                if (cell != null && start <= c) {
                    filler = flushFiller(cells, filler);
                    int end = Math.max(c + 1, Math.min(width, index(edges, cell.x1())));
                    cells.add(new Cell(cell.text(), end - c, cell.rowSpan()));
                    for (int x = c; x < end; x++) {
                        coveredUntil[x] = r + cell.rowSpan() - 1;
                    }
                    c = end;
                    k++;
                } else if (coveredUntil[c] >= r) {
                    filler = flushFiller(cells, filler);
                    c++;
                } else {
                    filler++;
                    c++;
                }
            }
            flushFiller(cells, filler);
            out.add(cells);
            locations.add(rows.get(r).location());
        }
        return new Table(out, rows.get(0).location(), locations);
    }

    private static int flushFiller(List<Cell> cells, int filler) {
        if (filler > 0) {
            cells.add(new Cell("", filler, 1));
        }
        return 0;
    }

    /** The index of the edge nearest {@code x}. */
    private static int index(float[] edges, float x) {
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int i = 0; i < edges.length; i++) {
            float d = Math.abs(edges[i] - x);
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }
}
