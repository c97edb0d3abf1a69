package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.text.Normalizer;

/**
 * Finds each table's title, unit and part. A title is the table's own first row when that row is
 * one caption ("“三公”经费预算情况及增减变化原因"), else the nearest short line above the table
 * that names a table (ends in 表) or, failing that, any short line just above it. The unit comes
 * from "单位：元" above the table or in its first rows.
 */
public final class TableLocator {

    /** Lines above a table searched for its title and unit. */
    private static final int LOOK_BACK = 6;
    private static final int MAX_TITLE = 60;
    /** The unit, not the first character of a name: 编制单位：元氏县统计局 is no unit of 元 (a Hebei county; 元谋, 元阳, 元江 too). */
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位[:：]\\s*(人民币)?\\s*(亿元|万元|千元|元)(?!(?!人民币)\\p{IsHan})");
    private static final Pattern NOT_TITLE = Pattern.compile("^(编制(部门|单位)|部门[:：]|单位[:：]|公开表|预算主管部门|注[:：]|说明[:：])");
    private static final Pattern SENTENCE = Pattern.compile("[。；;]");

    private TableLocator() {
    }

    public static List<LocatedTable> locate(List<Block> blocks, DocumentStructure structure) {
        List<LocatedTable> tables = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Table t) {
                TableGrid grid = TableGrid.of(t);
                int at = b;
                String title = ownTitle(grid.texts()).orElseGet(() -> captionAbove(blocks, at));
                tables.add(new LocatedTable(tables.size(), b, t, title, unit(blocks, b, grid.texts()), structure.partAt(b), grid));
            }
        }
        return tables;
    }

    /** The first row as the title when it holds one text naming a table or its subject, and more rows follow. */
    static Optional<String> ownTitle(List<List<String>> grid) {
        if (grid.size() < 2) {
            return Optional.empty();
        }
        Set<String> texts = distinct(grid.get(0));
        if (texts.size() != 1) {
            return Optional.empty();
        }
        String text = texts.iterator().next();
        for (String line : text.split("\n")) {
            String t = Normalizer.normalize(line);
            if (withoutTrailingNote(t).endsWith("表") && t.length() <= MAX_TITLE) {
                return Optional.of(line.strip());
            }
        }
        String t = Normalizer.normalize(text);
        boolean caption = grid.size() >= 3 && !text.contains("\n") && t.length() >= 4 && t.length() <= MAX_TITLE
                && !UNIT.matcher(t).find() && !NOT_TITLE.matcher(t).find() && !SENTENCE.matcher(t).find()
                && t.matches(".*(表|情况|原因|明细|一览)$");
        return caption ? Optional.of(text.strip()) : Optional.empty();
    }

    private static String captionAbove(List<Block> blocks, int index) {
        String fallback = "";
        for (int k = index - 1; k >= Math.max(0, index - LOOK_BACK); k--) {
            if (!(blocks.get(k) instanceof Paragraph p)) {
                break;
            }
            String t = Normalizer.normalize(p.text());
            if (t.length() > MAX_TITLE || SENTENCE.matcher(t).find() || NOT_TITLE.matcher(t).find() || UNIT.matcher(t).matches()) {
                if (t.length() > MAX_TITLE || SENTENCE.matcher(t).find()) {
                    break;
                }
                continue;
            }
            if (withoutTrailingNote(t).endsWith("表")) {
                return brokenTitle(blocks, k).orElse(p.text().strip());
            }
            if (fallback.isEmpty()) {
                fallback = p.text().strip();
            }
        }
        return fallback;
    }

    /** A title without the bracketed note it may end with: "支出总表（预算表3）" is a title ending in 表. */
    private static String withoutTrailingNote(String title) {
        return title.replaceAll("[(（][^)）]*[)）]$", "");
    }

    /** A title broken before its last characters ("“三公”经费、会议费、培训费支出预算" over "表"), joined. */
    private static Optional<String> brokenTitle(List<Block> blocks, int k) {
        String tail = ((Paragraph) blocks.get(k)).text().strip();
        if (tail.length() > 3 || k == 0 || !(blocks.get(k - 1) instanceof Paragraph above)) {
            return Optional.empty();
        }
        String head = above.text().strip();
        String t = Normalizer.normalize(head);
        boolean titleLike = t.length() <= MAX_TITLE && !SENTENCE.matcher(t).find() && !NOT_TITLE.matcher(t).find();
        return titleLike ? Optional.of(head + tail) : Optional.empty();
    }

    /**
     * 单位：元 in the table's first three rows, else in the lines just above it. A column's cells in
     * those rows are also read together: a narrow cell's 单位：元 wraps, and a PDF may cut the wrapped
     * lines into rows of their own (单 | 位：元).
     */
    static Optional<Unit> unit(List<Block> blocks, int index, List<List<String>> grid) {
        int rows = Math.min(3, grid.size());
        for (int r = 0; r < rows; r++) {
            for (String cell : grid.get(r)) {
                Optional<Unit> u = unitIn(cell);
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        int columns = grid.stream().limit(rows).mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            StringBuilder column = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                String cell = c < grid.get(r).size() ? grid.get(r).get(c) : "";
                if (r == 0 || !cell.equals(grid.get(r - 1).size() > c ? grid.get(r - 1).get(c) : "")) {
                    column.append(cell);
                }
            }
            Optional<Unit> u = unitIn(column.toString());
            if (u.isPresent()) {
                return u;
            }
        }
        for (int k = index - 1; k >= Math.max(0, index - LOOK_BACK) && blocks.get(k) instanceof Paragraph p; k--) {
            Optional<Unit> u = unitIn(p.text());
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** The unit a text names with 单位：…, if any; also wrapped a character a line in a narrow cell (单/位/：/元). */
    public static Optional<Unit> unitIn(String text) {
        Matcher m = UNIT.matcher(Normalizer.normalize(text).replaceAll("\\s+", ""));
        return m.find() ? Unit.named(m.group(2)) : Optional.empty();
    }

    static Set<String> distinct(List<String> row) {
        Set<String> texts = new LinkedHashSet<>();
        for (String cell : row) {
            if (!cell.isBlank()) {
                texts.add(cell.strip());
            }
        }
        return texts;
    }
}
