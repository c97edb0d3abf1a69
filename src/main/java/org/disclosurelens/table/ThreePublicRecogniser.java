package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Location;

/**
 * “三公” tables in both orientations. Items down the first column (the county template: 项目名称 |
 * 2020年度预算 | 2021年度预算 | 增减金额 | 变化原因), or items across the header (Shanghai's and
 * Jiangsu's tables: 合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费,
 * with 预算数/决算数 under each item in final accounts).
 */
public final class ThreePublicRecogniser implements TableRecogniser {

    private static final Pattern REASON = Pattern.compile("原因|说明|备注");
    private static final Pattern CHANGE = Pattern.compile("增减|增加|减少|变动|差额|比上年|增幅");
    private static final Pattern OUTTURN = Pattern.compile("决算");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern GROUP_TOTAL = Pattern.compile("^(合计|小计|总计)$");
    /** The funds a 财政拨款 item is split into, side by side: added up, they are the item. */
    /** Columns of spending from last year's carry-over (上年结转结余): this year's money from another source. */
    private static final Pattern CARRY_OVER = Pattern.compile("结转|结余");
    private static final Pattern FUND = Pattern.compile("^(一般公共预算|政府性基金|国有资本经营|财政专户管理)(预算)?(拨款|资金)?$");

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        boolean titled = t.titleKind() == TableKind.THREE_PUBLIC;
        TableGrid g = t.grid();
        int firstItem = firstItemRow(g);
        if (firstItem >= 0) {
            List<ThreePublicRow> rows = vertical(t, firstItem);
            return rows.isEmpty() ? Optional.empty() : Optional.of(new ThreePublicTable(t, rows));
        }
        if (!titled) {
            return Optional.empty();
        }
        List<ThreePublicRow> rows = horizontal(t);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new ThreePublicTable(t, rows));
    }

    /**
     * The first row of a table listing two or more 三公 items down its first column, or of the 合计
     * printed just above them (Fuzhou's tables open with it); -1 when not such a table.
     */
    private static int firstItemRow(TableGrid g) {
        int first = -1;
        int items = 0;
        for (int r = 0; r < g.rows(); r++) {
            // A line with its classification code in the name cell ("[30217]公务接待费") is a line of an
            // economic classification table, not a 三公 item.
            Optional<ThreePublicItem> item = BudgetCode.leading(g.text(r, 0)).isPresent() ? Optional.empty()
                    : ThreePublicItem.of(g.text(r, 0));
            if (item.isPresent() && item.get() != ThreePublicItem.TOTAL && item.get() != ThreePublicItem.OPERATING_COST) {
                first = first < 0 ? r : first;
                items++;
            }
        }
        if (items < 2) {
            return -1;
        }
        if (first > 0 && ThreePublicItem.of(g.text(first - 1, 0)).filter(i -> i == ThreePublicItem.TOTAL).isPresent()) {
            return first - 1;
        }
        return first;
    }

    private static List<ThreePublicRow> vertical(LocatedTable t, int firstItem) {
        TableGrid g = t.grid();
        int header = firstItem - 1;
        while (header >= 0 && (TableLocator.distinct(g.row(header)).size() < 2 || NumberingCells.columnNumbers(g.row(header)))) {
            header--;
        }
        Columns cols = columns(g, header, firstItem);
        List<ThreePublicRow> rows = new ArrayList<>();
        for (int r = firstItem; r < g.rows(); r++) {
            String label = g.text(r, 0).strip();
            Optional<ThreePublicItem> item = ThreePublicItem.of(label);
            if (item.isEmpty()) {
                continue;
            }
            Unit unit = t.unitOrDefault();
            rows.add(new ThreePublicRow(item.get(), label, cols.previousHeader, amount(g, r, cols.previous, unit),
                    cols.currentHeader, amount(g, r, cols.current, unit), amount(g, r, cols.change, unit),
                    cols.reason < 0 ? "" : g.text(r, cols.reason).strip(), t.location(r)));
        }
        return rows;
    }

    private record Columns(int previous, String previousHeader, int current, String currentHeader, int change, int reason) {
    }

    private static Columns columns(TableGrid g, int header, int firstItem) {
        int reason = -1;
        int change = -1;
        List<Integer> amounts = new ArrayList<>();
        for (int c : g.cellStarts(Math.max(header, 0))) {
            if (c == 0) {
                continue;
            }
            String h = header < 0 ? "" : g.key(header, c);
            if (REASON.matcher(h).find()) {
                reason = reason < 0 ? c : reason;
            } else if (CHANGE.matcher(h).find()) {
                change = change < 0 ? c : change;
            } else if (Amounts.cell(g.text(firstItem, c), Unit.TEN_THOUSAND_YUAN).isPresent() || !h.isEmpty()) {
                amounts.add(c);
            }
        }
        int previous = amounts.size() >= 2 ? amounts.get(0) : -1;
        int current = amounts.isEmpty() ? -1 : amounts.size() >= 2 ? amounts.get(1) : amounts.get(0);
        if (previous >= 0 && header >= 0 && OUTTURN.matcher(g.key(header, previous)).find()
                && !OUTTURN.matcher(g.key(header, current)).find()) {
            int swap = previous;
            previous = current;
            current = swap;
        }
        String ph = previous < 0 || header < 0 ? "" : g.text(header, previous).strip();
        String ch = current < 0 || header < 0 ? "" : g.text(header, current).strip();
        return new Columns(previous, ph, current, ch, change, reason);
    }

    private static Optional<Amount> amount(TableGrid g, int r, int c, Unit unit) {
        return c < 0 ? Optional.empty() : Amounts.cell(g.text(r, c), unit);
    }

    /**
     * Items across the header rows, figures in the rows below them. One data row: each item's
     * columns give its figures by what their header measures (上年预算数 and 本年预算数, or 预算数 and
     * 决算数; a column of 增减 is the change, not a year), the fund columns an item is split into
     * (一般公共预算 | 政府性基金预算 | 国有资本经营预算) added up. Several data rows labelled by year
     * (Shenzhen's 2025年 | 2026年 | 增减变化金额): the latest year is this year, the one before last
     * year, the 增减 row the change. Other data rows (one per unit under a 合计 row) are not read:
     * the first is the total.
     */
    private static List<ThreePublicRow> horizontal(LocatedTable t) {
        TableGrid g = t.grid();
        int from = Headers.firstHeaderRow(t);
        int data = Headers.firstDataRow(g, from);
        if (data >= g.rows()) {
            return List.of();
        }
        boolean meetings = false;
        for (int c = 0; c < g.columns(); c++) {
            for (String s : Headers.segments(g, from, data, c)) {
                meetings |= s.contains("会议") || s.contains("培训");
            }
        }
        YearRows years = YearRows.find(g, data);
        Map<ThreePublicItem, Figures> byItem = new LinkedHashMap<>();
        Unit unit = t.unitOrDefault();
        for (int c : g.cellStarts(data)) {
            List<String> path = Headers.segments(g, from, data, c);
            Optional<ThreePublicItem> item = item(path, meetings);
            if (item.isEmpty()) {
                continue;
            }
            Figures f = byItem.computeIfAbsent(item.get(), k -> new Figures(label(path)));
            if (path.stream().anyMatch(p -> CARRY_OVER.matcher(TableGrid.key(p)).find())) {
                continue; // spending of last year's carry-over: a source of this year's money, not another year
            }
            boolean fund = !path.isEmpty() && FUND.matcher(TableGrid.key(path.get(path.size() - 1))).matches();
            if (years.found()) {
                f.add(years.previousLabel(), years.previous().flatMap(r -> Amounts.cell(g.text(r, c), unit)), fund);
                f.add(years.currentLabel(), Amounts.cell(g.text(years.current(), c), unit), fund);
                f.addChange(years.change().flatMap(r -> Amounts.cell(g.text(r, c), unit)));
            } else {
                String measure = measure(path);
                Optional<Amount> amount = Amounts.cell(g.text(data, c), unit);
                if (CHANGE.matcher(TableGrid.key(measure)).find()) {
                    f.addChange(amount);
                } else {
                    f.add(measure, amount, fund);
                }
            }
        }
        List<ThreePublicRow> rows = new ArrayList<>();
        Location location = t.location(years.found() ? years.current() : data);
        byItem.forEach((item, f) -> rows.add(f.row(item, location)));
        return rows;
    }

    /**
     * The data rows of a table whose rows are years (2025年, 2026年, or 上年, 本年) with perhaps a row
     * of changes (增减变化金额); {@code found} is false for a table whose rows are not so labelled.
     */
    private record YearRows(boolean found, int current, String currentLabel, Optional<Integer> previous, String previousLabel,
            Optional<Integer> change) {

        private static final Pattern LAST_YEAR = Pattern.compile("上年|去年");
        private static final Pattern THIS_YEAR = Pattern.compile("本年|今年");

        static YearRows find(TableGrid g, int data) {
            int current = -1;
            int previous = -1;
            int currentYear = Integer.MIN_VALUE;
            int change = -1;
            String currentLabel = "";
            String previousLabel = "";
            for (int r = data; r < g.rows(); r++) {
                String label = rowLabel(g, r);
                Matcher year = YEAR.matcher(label);
                int y = year.find() ? Integer.parseInt(year.group(1)) : THIS_YEAR.matcher(label).find() ? 1
                        : LAST_YEAR.matcher(label).find() ? 0 : Integer.MIN_VALUE;
                if (CHANGE.matcher(label).find()) {
                    change = change < 0 ? r : change;
                } else if (y != Integer.MIN_VALUE) {
                    if (y > currentYear) {
                        previous = current;
                        previousLabel = currentLabel;
                        current = r;
                        currentYear = y;
                        currentLabel = label;
                    } else if (previous < 0) {
                        previous = r;
                        previousLabel = label;
                    }
                }
            }
            if (current < 0 || previous < 0 && change < 0) {
                return new YearRows(false, data, "", Optional.empty(), "", Optional.empty());
            }
            return new YearRows(true, current, currentLabel, previous < 0 ? Optional.empty() : Optional.of(previous), previousLabel,
                    change < 0 ? Optional.empty() : Optional.of(change));
        }

        /** The texts of a data row that are not amounts, folded: its label ("深圳市审计局 2025年"). */
        private static String rowLabel(TableGrid g, int r) {
            StringBuilder sb = new StringBuilder();
            for (int c : g.cellStarts(r)) {
                String text = g.key(r, c);
                if (!text.isEmpty() && !Amounts.numeric(text) && g.startsIn(r, c)) {
                    sb.append(text).append(' ');
                }
            }
            return sb.toString().strip();
        }
    }

    /** What a header path names: its most specific segment naming an item; 小计 under a group is the group. */
    static Optional<ThreePublicItem> item(List<String> path, boolean meetings) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String s = TableGrid.key(path.get(i));
            if (GROUP_TOTAL.matcher(s).matches()) {
                for (int j = i - 1; j >= 0; j--) {
                    String parent = TableGrid.key(path.get(j));
                    if (parent.contains("三公")) {
                        return Optional.of(ThreePublicItem.TOTAL);
                    }
                    Optional<ThreePublicItem> group = ThreePublicItem.of(parent);
                    if (group.isPresent() && group.get() != ThreePublicItem.TOTAL) {
                        return group;
                    }
                }
                return Optional.of(meetings ? ThreePublicItem.TOTAL_WITH_MEETINGS : ThreePublicItem.TOTAL);
            }
            if (s.matches("(预算|决算)数?|.*年.*(预算|决算)数?") && !s.contains("机关运行")) {
                continue;
            }
            Optional<ThreePublicItem> item = ThreePublicItem.of(s);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    /** What a column measures (上年预算数, 决算数, 增减): its last header naming one; a fund (一般公共预算) is not a measure. */
    private static String measure(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String key = TableGrid.key(path.get(i));
            if (key.matches(".*(预算|决算|增减|增加|减少|变动|差额).*") && !FUND.matcher(key).matches()) {
                return path.get(i).strip();
            }
        }
        return "";
    }

    /** The item's label as written: the last segment that is not a measure, or the group a 小计 totals. */
    private static String label(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String s = TableGrid.key(path.get(i));
            if (s.matches("(预算|决算)数?|.*年.*(预算|决算)数?") && !s.contains("机关运行")) {
                continue;
            }
            if (GROUP_TOTAL.matcher(s).matches() && i > 0) {
                String parent = path.get(i - 1);
                Optional<ThreePublicItem> group = ThreePublicItem.of(parent);
                if (group.isPresent() && group.get() != ThreePublicItem.TOTAL && !parent.contains("三公")) {
                    return parent.strip();
                }
            }
            return path.get(i).strip();
        }
        return path.isEmpty() ? "" : path.get(path.size() - 1).strip();
    }

    /**
     * The figures gathered for one item while reading its columns left to right: an amount per
     * measure (the amounts of one measure's fund columns added up), and the change.
     */
    private static final class Figures {
        final String label;
        final Map<String, Optional<Amount>> byMeasure = new LinkedHashMap<>();
        Optional<Amount> change = Optional.empty();

        Figures(String label) {
            this.label = label;
        }

        /**
         * The amount of one column: a fund column adds to the measure's amount; of other columns of
         * one measure the first counts (an item's 小计 before its parts: 因公出国（境）费 小计 | 因公出国 | 科研因公出国).
         */
        void add(String measure, Optional<Amount> amount, boolean fund) {
            if (fund) {
                byMeasure.merge(measure, amount, Figures::sum);
            } else {
                byMeasure.putIfAbsent(measure, amount);
            }
        }

        void addChange(Optional<Amount> amount) {
            change = sum(change, amount);
        }

        private static Optional<Amount> sum(Optional<Amount> a, Optional<Amount> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return a.isPresent() ? a : b;
            }
            if (b.get().value().signum() == 0) {
                return a;
            }
            if (a.get().value().signum() == 0) {
                return b;
            }
            Amount x = a.get();
            Amount y = b.get();
            return x.unit() == y.unit() ? Optional.of(new Amount(x.value().add(y.value()), x.unit(), x.text() + "+" + y.text()))
                    : Optional.of(new Amount(x.wan().orElseThrow().add(y.wan().orElseThrow()), Unit.TEN_THOUSAND_YUAN,
                            x.text() + "+" + y.text()));
        }

        /**
         * The row: one measure is this year's; of two, the 决算 one, else the later, is current and the
         * other previous.
         */
        ThreePublicRow row(ThreePublicItem item, Location location) {
            List<String> measures = new ArrayList<>(byMeasure.keySet());
            if (measures.size() > 1) {
                measures.remove(""); // a column without a measure beside measured ones totals them (合计 | 当年预算 …)
            }
            String current = measures.get(measures.size() - 1);
            for (String m : measures) {
                if (OUTTURN.matcher(m).find()) {
                    current = m;
                }
            }
            String previous = "";
            for (String m : measures) {
                if (!m.equals(current)) {
                    previous = m;
                }
            }
            Optional<Amount> previousAmount = measures.size() < 2 ? Optional.empty() : byMeasure.get(previous);
            return new ThreePublicRow(item, label, measures.size() < 2 ? "" : previous, previousAmount, current,
                    byMeasure.get(current), change, "", location);
        }
    }
}
