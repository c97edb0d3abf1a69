package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.TextChunk;

/**
 * Tables without ruling lines ("stream" tables, the idea of tabula-java's
 * BasicExtractionAlgorithm, MIT licence; reimplemented): each line is a row, its runs between wide
 * gaps are cells, and the columns are where the runs of the fullest rows lie, so a row with blanks
 * keeps its values in their columns and a run across several columns spans them.
 */
final class StreamTables {

    private StreamTables() {
    }

    /** One line of a stream table: its cells (runs between gaps) and where it is. */
    record Line(List<TextChunk> cells, Location location, float y) {
    }

    static PdfTable build(List<Line> lines) {
        float[][] ranges = columns(lines);
        float[] edges = new float[ranges.length + 1];
        edges[0] = ranges[0][0];
        for (int k = 1; k < ranges.length; k++) {
            edges[k] = (ranges[k - 1][1] + ranges[k][0]) / 2;
        }
        edges[ranges.length] = ranges[ranges.length - 1][1];
        List<PdfTable.Row> rows = new ArrayList<>();
        for (Line line : lines) {
            List<PdfTable.PdfCell> cells = new ArrayList<>();
            for (TextChunk c : line.cells()) {
                int first = -1;
                int last = -1;
                for (int k = 0; k < ranges.length; k++) {
                    if (c.x1() > ranges[k][0] && c.x0() < ranges[k][1]) {
                        first = first < 0 ? k : first;
                        last = k;
                    }
                }
                if (first < 0) {
                    first = nearest(ranges, (c.x0() + c.x1()) / 2);
                    last = first;
                }
                PdfTable.PdfCell previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (previous != null && previous.x1() > edges[first]) {
                    cells.set(cells.size() - 1, new PdfTable.PdfCell(previous.text() + " " + c.text(), previous.x0(),
                            Math.max(previous.x1(), edges[last + 1]), 1));
                } else {
                    cells.add(new PdfTable.PdfCell(c.text(), edges[first], edges[last + 1], 1));
                }
            }
            rows.add(new PdfTable.Row(line.location(), cells));
        }
        return new PdfTable(rows, lines.get(0).y(), lines.get(lines.size() - 1).y());
    }

    /** Column ranges: the runs of the rows with the most cells, overlapping runs merged. */
    private static float[][] columns(List<Line> lines) {
        int most = lines.stream().mapToInt(l -> l.cells().size()).max().orElse(1);
        List<float[]> runs = new ArrayList<>();
        for (Line line : lines) {
            if (line.cells().size() == most) {
                line.cells().forEach(c -> runs.add(new float[] {c.x0(), c.x1()}));
            }
        }
        runs.sort(Comparator.comparingDouble(r -> r[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] r : runs) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new float[] {r[0], r[1]});
            }
        }
        return merged.toArray(float[][]::new);
    }

    private static int nearest(float[][] ranges, float x) {
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int k = 0; k < ranges.length; k++) {
            float d = Math.min(Math.abs(ranges[k][0] - x), Math.abs(ranges[k][1] - x));
            if (d < distance) {
                distance = d;
                best = k;
            }
        }
        return best;
    }
}
