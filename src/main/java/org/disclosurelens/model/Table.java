package org.disclosurelens.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A table: rows of cells in source order, each row holding only the cells that start in it.
 * {@code rowLocations} gives where each row starts when the source says (a PDF table running over
 * pages, a text file's lines); it is empty when every row is at the table's {@code location}.
 */
public record Table(List<List<Cell>> rows, Location location, List<Location> rowLocations) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        rowLocations = rowLocations.size() == rows.size() ? List.copyOf(rowLocations) : List.of();
    }

    public Table(List<List<Cell>> rows, Location location) {
        this(rows, location, List.of());
    }

    /** Where row {@code r} of {@link #grid()} starts; the table's location when not known. */
    public Location rowLocation(int r) {
        if (rowLocations.isEmpty() || r < 0) {
            return location;
        }
        return rowLocations.get(Math.min(r, rowLocations.size() - 1));
    }

    public int width() {
        List<List<String>> grid = grid();
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (List<Cell> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "" : "\t").append(row.get(i).text());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A cell with the grid position of its top-left corner. */
    public record Placed(int row, int column, Cell cell) {
    }

    /**
     * Every cell with its position in the rectangle: each row's cells fill the positions that no
     * merged cell from the rows above already covers, left to right.
     */
    public List<Placed> placements() {
        List<Placed> placed = new ArrayList<>();
        List<List<String>> covered = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = row(covered, r);
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < line.size() && line.get(c) != null) {
                    c++;
                }
                placed.add(new Placed(r, c, cell));
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    List<String> target = row(covered, r + dr);
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        set(target, c + dc, cell.text());
                    }
                }
                c += cell.colSpan();
            }
        }
        return placed;
    }

    /**
     * The table as a rectangle: each position holds the text of the cell that covers it, so a
     * merged cell's text repeats over its span, and positions no cell covers hold "". Rows of a
     * source without span information (short rows) are padded on the right.
     */
    public List<List<String>> grid() {
        List<List<String>> grid = new ArrayList<>();
        for (Placed p : placements()) {
            for (int dr = 0; dr < p.cell().rowSpan(); dr++) {
                List<String> target = row(grid, p.row() + dr);
                for (int dc = 0; dc < p.cell().colSpan(); dc++) {
                    set(target, p.column() + dc, p.cell().text());
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            row(grid, r);
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> line : grid) {
            for (int c = 0; c < width; c++) {
                if (c >= line.size()) {
                    line.add("");
                } else if (line.get(c) == null) {
                    line.set(c, "");
                }
            }
        }
        return grid.stream().map(List::copyOf).toList();
    }

    private static List<String> row(List<List<String>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
        return grid.get(r);
    }

    private static void set(List<String> line, int c, String text) {
        while (line.size() <= c) {
            line.add(null);
        }
        line.set(c, text);
    }
}
