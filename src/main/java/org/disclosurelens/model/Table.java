package org.disclosurelens.model;

import java.util.ArrayList;
import java.util.List;

/** A table: rows of cells in source order, each row holding only the cells that start in it. */
public record Table(List<List<Cell>> rows, Location location) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
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

    /**
     * The table as a rectangle: each position holds the text of the cell that covers it, so a
     * merged cell's text repeats over its span, and positions no cell covers hold "". Rows of a
     * source without span information (short rows) are padded on the right.
     */
    public List<List<String>> grid() {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = row(grid, r);
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < line.size() && line.get(c) != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    List<String> target = row(grid, r + dr);
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        set(target, c + dc, cell.text());
                    }
                }
                c += cell.colSpan();
            }
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
