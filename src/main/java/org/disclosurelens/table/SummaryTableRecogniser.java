package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;

/**
 * Budget tables without classification codes, above all the two-sided summaries (财务收支预算总表,
 * 财政拨款收支总表, 收入支出决算总表): each side is a run of label columns followed by amount
 * columns (项目 | 预算数 || 项目 | 预算数), and each row yields one line per side. Also reads one-sided
 * tables (收入预算总表 as a tree of labels, 支出预算总表 as one row of totals).
 */
public final class SummaryTableRecogniser implements TableRecogniser {

    /** A line totalling its side: 收入总计, 支出合计, 总计. */
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("(合计|总计)$");

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        TableKind kind = t.titleKind();
        if (!kind.budget()) {
            return Optional.empty();
        }
        TableGrid g = t.grid();
        int header = Headers.firstHeaderRow(t);
        int data = Headers.firstDataRow(g, header);
        List<String> headers = Headers.paths(g, header, data);
        boolean[] amountColumn = amountColumns(g, headers, data);
        List<int[]> sides = sides(amountColumn);
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = t.unitOrDefault();
        List<BudgetLine> lines = new ArrayList<>();
        for (int r = data; r < g.rows(); r++) {
            for (int[] side : sides) {
                String name = label(g, r, side[0], side[1]);
                List<BudgetLine.ColumnAmount> amounts = new ArrayList<>();
                for (int c = side[1]; c < side[2]; c++) {
                    if (c > side[1] && g.same(r, c, r, c - 1)) {
                        continue;
                    }
                    Optional<Amount> a = Amounts.cell(g.text(r, c), unit);
                    int column = c;
                    a.ifPresent(v -> amounts.add(new BudgetLine.ColumnAmount(column, headers.get(column), v)));
                }
                if (!name.isEmpty() || !amounts.isEmpty()) {
                    BudgetLine.Role role = TOTAL.matcher(TableGrid.key(name)).find() ? BudgetLine.Role.TOTAL : BudgetLine.Role.OTHER;
                    lines.add(new BudgetLine(r, Optional.empty(), "", "", "", name, amounts, t.location(r), role, ""));
                }
            }
        }
        if (lines.stream().allMatch(l -> l.amounts().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new BudgetTable(t, kind, unit, data, headers, lines));
    }

    /**
     * Columns holding more amounts than texts in the data rows; a column of row numbers (行次) is a
     * label column. A column left blank in every data row (政府性基金预算 of a unit that has none)
     * between amount columns is an amount column too, so it does not cut one side in two.
     */
    private static boolean[] amountColumns(TableGrid g, List<String> headers, int data) {
        boolean[] amount = new boolean[g.columns()];
        boolean[] blank = new boolean[g.columns()];
        for (int c = 0; c < g.columns(); c++) {
            if (NumberingCells.rowNumbers(g, headers, data, c)) {
                continue;
            }
            int numbers = 0;
            int texts = 0;
            for (int r = data; r < g.rows(); r++) {
                String s = g.text(r, c).strip();
                if (s.isEmpty() || c > 0 && g.same(r, c, r, c - 1)) {
                    continue;
                }
                if (Amounts.numeric(s)) {
                    numbers++;
                } else {
                    texts++;
                }
            }
            amount[c] = numbers > 0 && numbers >= texts;
            blank[c] = numbers == 0 && texts == 0;
        }
        for (int c = 1; c < amount.length; c++) {
            if (blank[c] && amount[c - 1]) {
                int next = c;
                while (next < amount.length && blank[next]) {
                    next++;
                }
                if (next < amount.length && amount[next]) {
                    for (int k = c; k < next; k++) {
                        amount[k] = true;
                    }
                }
            }
        }
        return amount;
    }

    /** Each side as {first label column, first amount column, end}: label columns then amount columns. */
    private static List<int[]> sides(boolean[] amount) {
        List<int[]> sides = new ArrayList<>();
        int c = 0;
        while (c < amount.length) {
            int start = c;
            while (c < amount.length && !amount[c]) {
                c++;
            }
            int firstAmount = c;
            while (c < amount.length && amount[c]) {
                c++;
            }
            if (c > firstAmount) {
                sides.add(new int[] {start, firstAmount, c});
            }
        }
        return sides;
    }

    /** The side's label texts in this row, left to right, each merged cell once: "一般公共预算资金/公共财政拨款(补助)资金". */
    private static String label(TableGrid g, int r, int from, int to) {
        Set<String> parts = new LinkedHashSet<>();
        for (int c = from; c < to; c++) {
            String s = g.text(r, c).replaceAll("\\s*\\n\\s*", "").strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }
}
