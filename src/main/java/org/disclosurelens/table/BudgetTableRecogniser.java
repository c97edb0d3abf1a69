package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;

/**
 * Budget tables whose lines carry classification codes (收入/支出总表, 一般公共预算支出功能分类表,
 * 基本支出经济分类表, 政府性基金, 国有资本经营, 机关运行经费): the code written whole (2080501) or in
 * 类 | 款 | 项 columns (208 | 05 | 01), the line's name, and its amount in each column. Each line
 * also gets the names of its 类 and 款 from the lines above it.
 */
public final class BudgetTableRecogniser implements TableRecogniser {

    private static final Pattern CODE_HEADING = Pattern.compile("编码|代码|科目|类");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计)$");

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        TableKind kind = t.titleKind();
        if (!kind.budget() && kind != TableKind.OTHER) {
            return Optional.empty();
        }
        TableGrid g = t.grid();
        int header = Headers.firstHeaderRow(t);
        int data = Headers.firstDataRow(g, header);
        CodeColumns first = CodeColumns.find(g, data, 0);
        if (first == null) {
            return Optional.empty();
        }
        List<String> headers = Headers.paths(g, header, data);
        List<CodeColumns> groups = groups(g, data, headers, first);
        Unit unit = t.unitOrDefault();
        List<BudgetLine> lines = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            CodeColumns codes = groups.get(i);
            int end = i + 1 < groups.size() ? groups.get(i + 1).lei() : g.columns();
            List<Integer> amountColumns = amountColumns(g, headers, data, codes.name(), end);
            if (!amountColumns.isEmpty()) {
                lines.addAll(lines(t, data, codes, amountColumns, headers, names));
            }
        }
        int codeLines = (int) lines.stream().filter(l -> l.code().isPresent()).count();
        if (codeLines < 2 && kind == TableKind.OTHER || codeLines == 0) {
            return Optional.empty();
        }
        return Optional.of(new BudgetTable(t, kind, unit, data, headers, lines));
    }

    /**
     * The code columns of each half of a table printed in two halves side by side (the 决算's
     * 基本支出决算表: 类 | 款 | 名称 | 决算数 | 类 | 款 | 名称 | 决算数): further code columns of the same
     * classification under a code heading.
     */
    private static List<CodeColumns> groups(TableGrid g, int data, List<String> headers, CodeColumns first) {
        List<CodeColumns> groups = new ArrayList<>(List.of(first));
        Optional<BudgetCode.System> system = system(g, data, first.lei());
        for (CodeColumns next = CodeColumns.find(g, data, first.name() + 1); next != null; next = CodeColumns.find(g, data, next.name() + 1)) {
            if (!CODE_HEADING.matcher(headers.get(next.lei())).find() || !system(g, data, next.lei()).equals(system)) {
                break;
            }
            groups.add(next);
        }
        return groups;
    }

    private static Optional<BudgetCode.System> system(TableGrid g, int data, int column) {
        for (int r = data; r < g.rows(); r++) {
            Optional<BudgetCode> code = BudgetCode.parse(g.text(r, column));
            if (code.isPresent()) {
                return Optional.of(code.get().system());
            }
        }
        return Optional.empty();
    }

    /**
     * The lines of one group of code columns. A line without a code is the table's total when it is
     * named 合计 or 总计; a line with amounts whose name cell is blank but whose cells left of the
     * codes name a unit (预算单位) is that unit's row, and opens the unit's lines; the first of two
     * unit rows in a row is the department's, the table's total, and so is the only unit row of a
     * table that has one.
     */
    private static List<BudgetLine> lines(LocatedTable t, int data, CodeColumns codes, List<Integer> amountColumns,
            List<String> headers, Map<String, String> names) {
        TableGrid g = t.grid();
        Unit unit = t.unitOrDefault();
        List<Row> rows = new ArrayList<>();
        for (int r = data; r < g.rows(); r++) {
            Optional<BudgetCode> code = codes.code(g, r);
            String name = codes.name(g, r);
            List<BudgetLine.ColumnAmount> amounts = new ArrayList<>();
            for (int c : amountColumns) {
                Optional<Amount> a = Amounts.cell(g.text(r, c), unit);
                a.ifPresent(v -> amounts.add(new BudgetLine.ColumnAmount(c, headers.get(c), v)));
            }
            String unitName = code.isEmpty() && name.isEmpty() && !amounts.isEmpty() ? unitLabel(g, r, codes.lei()) : "";
            if (code.isEmpty() && (name.isEmpty() && unitName.isEmpty() || amounts.isEmpty())) {
                continue;
            }
            rows.add(new Row(r, code, unitName.isEmpty() ? name : unitName, amounts, !unitName.isEmpty()));
        }
        long unitRows = rows.stream().filter(Row::unitRow).count();
        List<BudgetLine> lines = new ArrayList<>();
        String section = "";
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            BudgetLine.Role role;
            if (row.code().isPresent()) {
                role = BudgetLine.Role.ITEM;
            } else if (row.unitRow()) {
                boolean department = unitRows == 1 || i + 1 < rows.size() && rows.get(i + 1).unitRow();
                role = department ? BudgetLine.Role.TOTAL : BudgetLine.Role.UNIT;
                section = department ? "" : row.name();
            } else {
                role = TOTAL.matcher(TableGrid.key(row.name())).matches() ? BudgetLine.Role.TOTAL : BudgetLine.Role.OTHER;
            }
            if (row.code().isPresent()) {
                names.put(section + "|" + row.code().get().code(), row.name());
            }
            lines.add(line(row, names, t, role, role == BudgetLine.Role.TOTAL ? "" : section));
        }
        return lines;
    }

    /** A data row before it becomes a line. */
    private record Row(int r, Optional<BudgetCode> code, String name, List<BudgetLine.ColumnAmount> amounts, boolean unitRow) {
    }

    /** The text in the cells left of the code columns: a unit's name (预算单位), or "". */
    private static String unitLabel(TableGrid g, int r, int firstCodeColumn) {
        for (int c = 0; c < firstCodeColumn; c++) {
            String text = g.text(r, c).replaceAll("\\s*\\n\\s*", "").strip();
            if (!text.isEmpty() && !Amounts.numeric(text) && g.startsIn(r, c)) {
                return text;
            }
        }
        return "";
    }

    private static BudgetLine line(Row row, Map<String, String> names, LocatedTable t, BudgetLine.Role role, String section) {
        if (row.code().isEmpty()) {
            return new BudgetLine(row.r(), row.code(), "", "", "", row.name(), row.amounts(), t.location(row.r()), role, section);
        }
        BudgetCode k = row.code().get();
        String lei = k.level() == 1 ? row.name() : names.getOrDefault(section + "|" + k.prefix(1), "");
        String kuan = k.level() == 2 ? row.name() : k.level() == 3 ? names.getOrDefault(section + "|" + k.prefix(2), "") : "";
        String xiang = k.level() == 3 ? row.name() : "";
        return new BudgetLine(row.r(), row.code(), lei, kuan, xiang, row.name(), row.amounts(), t.location(row.r()), role, section);
    }

    /** Columns right of the name, up to {@code end}, holding at least one amount in the data rows, row numbers (行次) aside. */
    private static List<Integer> amountColumns(TableGrid g, List<String> headers, int data, int nameColumn, int end) {
        List<Integer> columns = new ArrayList<>();
        for (int c = nameColumn + 1; c < end; c++) {
            if (NumberingCells.rowNumbers(g, headers, data, c)) {
                continue;
            }
            for (int r = data; r < g.rows(); r++) {
                if (g.startsIn(r, c) && (c == 0 || !g.same(r, c, r, c - 1)) && Amounts.numeric(g.text(r, c))) {
                    columns.add(c);
                    break;
                }
            }
        }
        return columns;
    }

    /**
     * Where a table's codes and names are: one code column, or 类/款/项 columns, then the name
     * column; or the codes inside the name cells ({@code inName}: lei and name are that column).
     */
    record CodeColumns(int lei, int kuan, int xiang, int name, boolean inName) {

        /** The first code columns at or right of column {@code from}; null when there are none. */
        static CodeColumns find(TableGrid g, int data, int from) {
            for (int c = from; c + 1 < g.columns(); c++) {
                int whole = 0;
                int split = 0;
                int named = 0;
                int filled = 0;
                int leading = 0;
                for (int r = data; r < g.rows(); r++) {
                    String text = g.text(r, c).strip();
                    filled += text.isEmpty() ? 0 : 1;
                    leading += BudgetCode.leading(text).isPresent() ? 1 : 0;
                    if (BudgetCode.parse(text).isPresent()) {
                        whole++;
                        if (text.length() == 3 && !g.text(r, c + 1).isBlank() && BudgetCode.parts(text, g.text(r, c + 1), "").isPresent()) {
                            split++;
                            named += BudgetCode.parts(text, g.text(r, c + 1), g.text(r, c + 2)).isEmpty() ? 1 : 0;
                        }
                    }
                }
                if (whole == 0 && leading >= 2 && leading * 5 >= filled * 3) {
                    return new CodeColumns(c, -1, -1, c, true);
                }
                if (whole == 0 || whole * 5 < filled * 3) {
                    continue;
                }
                if (split >= 1 && named == split) {
                    // 类 | 款 only (经济分类 tables): the name follows the 款 digits.
                    return new CodeColumns(c, c + 1, -1, nameAfter(g, data, c, c + 1), false);
                }
                if (split >= 1) {
                    return new CodeColumns(c, c + 1, c + 2, nameAfter(g, data, c, c + 2), false);
                }
                return new CodeColumns(c, -1, -1, nameAfter(g, data, c, c), false);
            }
            return null;
        }

        /**
         * The column after the code columns, in a row where column {@code c} holds a code (a 合计
         * row may merge code and name).
         */
        private static int nameAfter(TableGrid g, int data, int c, int lastCode) {
            int row = data;
            while (row < g.rows() && BudgetCode.parse(g.text(row, c)).isEmpty()) {
                row++;
            }
            row = Math.min(row, g.rows() - 1);
            int k = lastCode + 1;
            while (k < g.columns() && g.same(row, k, row, lastCode)) {
                k++;
            }
            return Math.min(k, g.columns() - 1);
        }

        Optional<BudgetCode> code(TableGrid g, int r) {
            if (inName) {
                return BudgetCode.leading(g.text(r, name)).map(BudgetCode.Named::code);
            }
            if (kuan < 0) {
                return BudgetCode.parse(g.text(r, lei));
            }
            return BudgetCode.parts(g.text(r, lei), g.text(r, kuan), xiang < 0 ? "" : g.text(r, xiang));
        }

        /** The line's name, lines of a wrapped cell joined, without a code printed before it. */
        String name(TableGrid g, int r) {
            String text = g.text(r, name).replaceAll("\\s*\\n\\s*", "").strip();
            return inName ? BudgetCode.leading(text).map(BudgetCode.Named::name).orElse(text) : text;
        }
    }
}
