package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;

/**
 * Rebuilds paragraphs and tables from text in the layout Tika's text output gives Word files:
 * each cell starts a line with a tab, a cell's further paragraphs follow on lines without one,
 * a blank line ends a row and a second blank line ends the table. An empty paragraph inside a
 * cell also shows as a blank line, so one blank line followed by text continues the cell.
 * Plain text without tabs comes out as one paragraph per non-blank line.
 */
final class TabbedTextParser {

    private final List<String> lines;
    private int i;

    private TabbedTextParser(List<String> lines) {
        this.lines = lines;
    }

    static List<Block> parse(String text) {
        return new TabbedTextParser(text.lines().toList()).blocks();
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isCell(line)) {
                blocks.add(table());
            } else {
                if (!line.isBlank()) {
                    blocks.add(new Paragraph(line.strip(), new Location(0, i + 1)));
                }
                i++;
            }
        }
        return blocks;
    }

    private Table table() {
        Location start = new Location(0, i + 1);
        List<List<Cell>> rows = new ArrayList<>();
        List<Location> rowStarts = new ArrayList<>();
        List<StringBuilder> row = new ArrayList<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isCell(line)) {
                if (row.isEmpty()) {
                    rowStarts.add(new Location(0, i + 1));
                }
                row.add(new StringBuilder(line.substring(1).strip()));
                i++;
                continue;
            }
            int blanks = blanksFrom(i);
            int next = i + blanks;
            boolean more = next < lines.size();
            if (blanks == 0) {
                appendContinuation(row, line);
                i++;
            } else if (more && isCell(lines.get(next)) && blanks <= 2) {
                endRow(rows, row);
                i = next;
            } else if (more && blanks == 1 && !row.isEmpty()) {
                appendContinuation(row, lines.get(next));
                i = next + 1;
            } else {
                i = next;
                break;
            }
        }
        endRow(rows, row);
        return new Table(TabbedSpans.infer(rows), start, rowStarts);
    }

    private int blanksFrom(int from) {
        int k = from;
        while (k < lines.size() && lines.get(k).isBlank() && !isCell(lines.get(k))) {
            k++;
        }
        return k - from;
    }

    private static void appendContinuation(List<StringBuilder> row, String line) {
        StringBuilder cell = row.get(row.size() - 1);
        if (!cell.isEmpty()) {
            cell.append('\n');
        }
        cell.append(line.strip());
    }

    private static void endRow(List<List<Cell>> rows, List<StringBuilder> row) {
        if (!row.isEmpty()) {
            rows.add(row.stream().map(sb -> new Cell(sb.toString())).toList());
            row.clear();
        }
    }

    private static boolean isCell(String line) {
        return line.startsWith("\t");
    }

    /** True when the text has the tab-cell layout, so it should be labelled as Tika text. */
    static boolean hasCells(List<Block> blocks) {
        return blocks.stream().anyMatch(Table.class::isInstance);
    }
}
