package org.disclosurelens.generate;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Table;

/**
 * A table's rows as Word stores them: each row lists a slot per grid position group, either a
 * cell that starts there or the continuation of a cell merged down from above (vMerge). Word
 * and Tika's text of Word both show the continuations, which HTML-style rows leave out.
 */
final class TableGrid {

    /** A cell starting in this row, or ({@code continued}) the lower part of a vertically merged cell. */
    record Slot(Cell cell, boolean continued) {
    }

    private TableGrid() {
    }

    static List<List<Slot>> slots(Table table) {
        int width = table.width();
        int[] remaining = new int[width];
        Cell[] above = new Cell[width];
        List<List<Slot>> rows = new ArrayList<>();
        for (List<Cell> source : table.rows()) {
            List<Slot> row = new ArrayList<>();
            int column = 0;
            int next = 0;
            while (column < width && (next < source.size() || remaining[column] > 0)) {
                if (remaining[column] > 0) {
                    remaining[column]--;
                    row.add(new Slot(above[column], true));
                    column += above[column].colSpan();
                } else {
                    Cell cell = source.get(next++);
                    row.add(new Slot(cell, false));
                    if (cell.rowSpan() > 1) {
                        remaining[column] = cell.rowSpan() - 1;
                        above[column] = cell;
                    }
                    column += cell.colSpan();
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
