package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The first row of a table listing two or more 三公 items down its first column; -1 when not such a table. */
    private static int firstItemRow(TableGrid g) {
        int first = -1;
        int items = 0;
        for (int r = 0; r < g.rows(); r++) {
            Optional<ThreePublicItem> item = ThreePublicItem.of(g.text(r, 0));
            if (item.isPresent() && item.get() != ThreePublicItem.TOTAL && item.get() != ThreePublicItem.OPERATING_COST) {
                first = first < 0 ? r : first;
                items++;
            }
        }
        return items >= 2 ? first : -1;
    }

    private static List<ThreePublicRow> vertical(LocatedTable t, int firstItem) {
        TableGrid g = t.grid();
        int header = firstItem - 1;
        while (header >= 0 && TableLocator.distinct(g.row(header)).size() < 2) {
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

    /** Items across the header rows, figures in the data row below them. */
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
        Map<ThreePublicItem, Figures> byItem = new LinkedHashMap<>();
        for (int c : g.cellStarts(data)) {
            List<String> path = Headers.segments(g, from, data, c);
            Optional<ThreePublicItem> item = item(path, meetings);
            Optional<Amount> amount = Amounts.cell(g.text(data, c), t.unitOrDefault());
            if (item.isEmpty()) {
                continue;
            }
            Figures f = byItem.computeIfAbsent(item.get(), k -> new Figures(label(path)));
            String measure = measure(path);
            if (OUTTURN.matcher(measure).find()) {
                if (f.current != null && !OUTTURN.matcher(f.currentHeader).find()) {
                    f.previous = f.current;
                    f.previousHeader = f.currentHeader;
                }
                f.current = amount;
                f.currentHeader = measure;
            } else if (f.current == null) {
                f.current = amount;
                f.currentHeader = measure;
            } else {
                f.previous = f.current;
                f.previousHeader = f.currentHeader;
                f.current = amount;
                f.currentHeader = measure;
            }
        }
        List<ThreePublicRow> rows = new ArrayList<>();
        Location location = t.location(data);
        byItem.forEach((item, f) -> rows.add(new ThreePublicRow(item, f.label, f.previousHeader,
                f.previous == null ? Optional.empty() : f.previous, f.currentHeader,
                f.current == null ? Optional.empty() : f.current, Optional.empty(), "", location)));
        return rows;
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

    private static String measure(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).matches(".*(预算|决算).*")) {
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

    /** The figures gathered for one item while reading the columns left to right. */
    private static final class Figures {
        final String label;
        Optional<Amount> previous;
        String previousHeader = "";
        Optional<Amount> current;
        String currentHeader = "";

        Figures(String label) {
            this.label = label;
        }
    }
}
