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
 * for one: in data rows an empty cell is a blank value. A header row over one sequence of labels
 * printed once per cell (上年预算数 | 本年预算数 | 增减变化 over 合计 | 因公出国(境)费 | … three times)
 * spans one sequence per cell. A short data row whose cells after its
 * label are all amounts is a total row whose label spans the code and name columns (合计 |
 * 201.80 | 190.94 | 10.86 under 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费): its amounts keep
 * to the right.
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
        int width = rows.stream().mapToInt(TabbedSpans::width).max().orElse(0);
        for (int r = data; r < rows.size(); r++) {
            result.set(r, labelSpanningTotal(rows.get(r), width));
        }
        for (int r = data - 2; r >= 0; r--) {
            List<Integer> groups = groups(result.get(r + 1));
            List<Cell> row = result.get(r);
            if (groups.size() != row.size()) {
                groups = blocks(result.get(r + 1), row.size());
            }
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

    private static List<Cell> labelSpanningTotal(List<Cell> row, int width) {
        int missing = width - width(row);
        if (missing <= 0 || row.size() < 2 || row.get(0).text().isBlank() || isNumber(row.get(0))
                || !row.stream().skip(1).allMatch(c -> isNumber(c) || c.text().isBlank())) {
            return row;
        }
        List<Cell> spanned = new ArrayList<>(row);
        Cell label = row.get(0);
        spanned.set(0, new Cell(label.text(), label.colSpan() + missing, label.rowSpan()));
        return List.copyOf(spanned);
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

    /**
     * The widths of {@code n} blocks when the row is one sequence of labels printed {@code n} times
     * (合计 | 因公出国(境)费 | … under each of 上年预算数 | 本年预算数 | 增减变化); empty when it is not.
     */
    private static List<Integer> blocks(List<Cell> row, int n) {
        if (n < 2 || row.size() % n != 0 || row.size() / n < 2 || row.stream().anyMatch(c -> c.text().isBlank() || c.colSpan() != 1)) {
            return List.of();
        }
        int k = row.size() / n;
        for (int i = k; i < row.size(); i++) {
            if (!row.get(i).text().strip().equals(row.get(i - k).text().strip())) {
                return List.of();
            }
        }
        return java.util.Collections.nCopies(n, k);
    }

    private static int width(List<Cell> row) {
        return row.stream().mapToInt(Cell::colSpan).sum();
    }

    private static boolean hasNumber(List<Cell> row) {
        return row.stream().anyMatch(TabbedSpans::isNumber);
    }

    private static boolean isNumber(Cell c) {
        return NUMBER.matcher(c.text().strip()).matches();
    }
}
