package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers tables print to name their columns and rows, not amounts: a row of column numbers
 * under the header (`栏次 | 1 | 2 | 3`, Huzhou's `** | ** | 1 | 2 | 3`, `1 | 2 | 3=4+5`), and a column
 * of row numbers (行次 1, 2, 3 … down a 决算 table). Read as data they make a 三公 total of 1 and a
 * "合计 1 ≠ 2 + 3".
 */
final class NumberingCells {

    /** Cells that mark a numbering row or column: 栏次, 行次, asterisks, 甲/乙/丙 for the label columns. */
    private static final Pattern MARKER = Pattern.compile("^(栏次|行次|栏|次|\\*+|[甲乙丙丁戊己庚辛]|[-—－–]+)$");
    /** A column number, alone or with the formula some templates print under a total ("3=4+5"). */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})(?:=\\d{1,3}(?:[+\\-－]\\d{1,3})*)?$");
    private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("行次|栏次|序号");

    private NumberingCells() {
    }

    /**
     * True when the row's cells number the columns: besides markers, two or more numbers counting up
     * by one, or, without a marker, three or more counting up from 1.
     */
    static boolean columnNumbers(List<String> cells) {
        List<Integer> numbers = new ArrayList<>();
        boolean marker = false;
        String previous = null;
        for (String cell : cells) {
            String t = TableGrid.key(cell);
            if (t.isEmpty() || t.equals(previous)) {
                previous = t;
                continue; // blank, or the same merged cell again
            }
            previous = t;
            Matcher m = NUMBER.matcher(t);
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            } else if (MARKER.matcher(t).matches()) {
                marker = true;
            } else {
                return false;
            }
        }
        if (numbers.size() < 2 || !marker && (numbers.size() < 3 || numbers.get(0) != 1)) {
            return false;
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when column {@code c} numbers the rows: its header says so (行次, 栏次, 序号), or its cells
     * in the data rows are whole numbers counting up by one from 1, four or more of them.
     */
    static boolean rowNumbers(TableGrid g, List<String> headers, int data, int c) {
        if (c < headers.size() && ROW_NUMBER_HEADER.matcher(TableGrid.key(headers.get(c))).find()) {
            return true;
        }
        int expected = 1;
        for (int r = data; r < g.rows(); r++) {
            String t = TableGrid.key(g.text(r, c));
            if (t.isEmpty()) {
                continue;
            }
            if (!t.equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
        }
        return expected > 4;
    }
}
