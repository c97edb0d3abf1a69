package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.model.Cell;

/**
 * Restores the column spans of header rows in Tika's text layout of Word tables. Tika writes a
 * horizontally merged cell once, but the continuation of a vertically merged cell as an empty
 * cell, so a short header row can be laid over the row below it: each empty cell there continues
 * one cell from above, and each run of filled cells sits under one spanning cell (Shanghai's
 * “三公” table: 合计 | 因公出国(境)费 | 公务用车购置及运行费 over 小计 | 购置费 | 运行费 | 公务接待费).
 * Only header rows are read this way, and only when the cells and the groups below match one
 * for one: in data rows an empty cell is a blank value.
 */
final class TabbedSpans {

    private static final Pattern NUMBER = Pattern.compile("^[-+]?[\\d,，.]+%?$");

    private TabbedSpans() {
    }

    static List<List<Cell>> infer(List<List<Cell>> rows) {
        List<List<Cell>> result = new ArrayList<>(rows);
        int data = 0;
        while (data < rows.size() && !hasNumber(rows.get(data))) {
            data++;
        }
        for (int r = data - 2; r >= 0; r--) {
            List<Integer> groups = groups(result.get(r + 1));
            List<Cell> row = result.get(r);
            if (groups.size() == row.size() && width(row) < width(result.get(r + 1))) {
                List<Cell> spanned = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    spanned.add(new Cell(row.get(i).text(), groups.get(i), row.get(i).rowSpan()));
                }
                result.set(r, List.copyOf(spanned));
            }
        }
        return result;
    }

    /** The widths of the groups of a row: each empty cell alone, each run of filled cells together. */
    private static List<Integer> groups(List<Cell> row) {
        List<Integer> groups = new ArrayList<>();
        boolean inRun = false;
        for (Cell cell : row) {
            boolean filled = !cell.text().isBlank();
            if (filled && inRun) {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + cell.colSpan());
            } else {
                groups.add(cell.colSpan());
            }
            inRun = filled;
        }
        return groups;
    }

    private static int width(List<Cell> row) {
        return row.stream().mapToInt(Cell::colSpan).sum();
    }

    private static boolean hasNumber(List<Cell> row) {
        return row.stream().anyMatch(c -> NUMBER.matcher(c.text().strip()).matches());
    }
}
