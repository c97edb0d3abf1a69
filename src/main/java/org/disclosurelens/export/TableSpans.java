package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Table;

/**
 * Restores the merged cells that Tika's text output flattened, so a Word rendition of Tika text
 * looks like the Word file it came from: a short row's last cell spans to the table's width, and
 * an empty first cell under a label is part of that label (绩效目标表's 产出指标 over three rows).
 * Only the first column merges down: elsewhere an empty cell is a blank value, not a merge.
 */
public final class TableSpans {

    private TableSpans() {
    }

    public static Table infer(Table table) {
        int width = table.rows().stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> rows = new ArrayList<>();
        int labelRow = -1;
        for (List<Cell> source : table.rows()) {
            List<Cell> row = new ArrayList<>(source);
            if (row.size() < width) {
                Cell last = row.get(row.size() - 1);
                row.set(row.size() - 1, new Cell(last.text(), width - row.size() + 1, 1));
            }
            boolean blankFirst = row.get(0).text().isEmpty() && span(row) == width
                    && row.stream().skip(1).anyMatch(c -> !c.text().isEmpty());
            if (blankFirst && labelRow >= 0) {
                Cell label = rows.get(labelRow).get(0);
                rows.get(labelRow).set(0, new Cell(label.text(), 1, label.rowSpan() + 1));
                row.remove(0);
            } else {
                labelRow = row.get(0).colSpan() == 1 && !row.get(0).text().isEmpty() && span(row) == width ? rows.size() : -1;
            }
            rows.add(row);
        }
        return new Table(rows, table.location(), table.rowLocations());
    }

    private static int span(List<Cell> row) {
        return row.stream().mapToInt(Cell::colSpan).sum();
    }
}
