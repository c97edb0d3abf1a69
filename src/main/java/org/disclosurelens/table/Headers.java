package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amounts;

/**
 * Reads the header rows of a table: where the title and unit rows end, where the data begin, and
 * the header path of each column (the header cells above it, top to bottom, each merged cell once:
 * "支出预算/合计").
 */
final class Headers {

    private static final Pattern UNIT_OR_TITLE_ROW = Pattern.compile("单位[:：]|编制(部门|单位)[:：]|^部门[:：]|公开表");
    private static final Pattern CODE = Pattern.compile("^[1-9]\\d{2}(\\d{2}){0,2}$");

    private Headers() {
    }

    /** The first row that is neither the title row, a unit line ("单位：万元") nor blank. */
    static int firstHeaderRow(LocatedTable t) {
        TableGrid g = t.grid();
        int r = 0;
        while (r < g.rows() && skippable(t, r)) {
            r++;
        }
        return r;
    }

    private static boolean skippable(LocatedTable t, int r) {
        TableGrid g = t.grid();
        List<String> texts = TableLocator.distinct(g.row(r)).stream().toList();
        if (texts.isEmpty()) {
            return true;
        }
        if (texts.stream().anyMatch(s -> UNIT_OR_TITLE_ROW.matcher(TableGrid.key(s)).find())) {
            return texts.stream().noneMatch(Headers::dataLike);
        }
        return texts.size() == 1 && !t.title().isEmpty() && TableGrid.key(texts.get(0)).contains(TableGrid.key(t.title()));
    }

    /**
     * The first row at or after {@code from} holding an amount or a classification code; a row of
     * column numbers ({@link NumberingCells#columnNumbers}) is part of the header.
     */
    static int firstDataRow(TableGrid g, int from) {
        for (int r = from; r < g.rows(); r++) {
            if (NumberingCells.columnNumbers(g.row(r))) {
                continue;
            }
            for (String cell : g.row(r)) {
                if (dataLike(cell)) {
                    return r;
                }
            }
        }
        return g.rows();
    }

    static boolean dataLike(String cell) {
        String t = cell.strip();
        return !t.isEmpty() && (Amounts.numeric(t) || CODE.matcher(t).matches());
    }

    /** The header path of every column over rows [from, to). */
    static List<String> paths(TableGrid g, int from, int to) {
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < g.columns(); c++) {
            paths.add(String.join("/", segments(g, from, to, c)));
        }
        return paths;
    }

    /**
     * The header texts above column {@code c}, top to bottom, each merged cell once, blanks and the
     * row of column numbers left out.
     */
    static List<String> segments(TableGrid g, int from, int to, int c) {
        List<String> segments = new ArrayList<>();
        for (int r = from; r < to; r++) {
            if (r > from && g.same(r, c, r - 1, c) || NumberingCells.columnNumbers(g.row(r))) {
                continue;
            }
            String text = g.text(r, c).replaceAll("\\s*\\n\\s*", "").strip();
            if (!text.isEmpty()) {
                segments.add(text);
            }
        }
        return segments;
    }
}
