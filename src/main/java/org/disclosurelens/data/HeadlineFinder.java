package org.disclosurelens.data;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.AssetRow;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.TableGrid;
import org.disclosurelens.table.TableKind;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;

/**
 * Picks the headline totals: from the tables when they state them (the summary table's 收入总计 and
 * 支出总计, the expenditure table's 合计 line, the 三公 table), else from the first prose amount of
 * the same item.
 */
final class HeadlineFinder {

    private static final Pattern TOTAL_LINE = Pattern.compile("^(合计|总计|)$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

    private HeadlineFinder() {
    }

    static Headline find(DocumentData d, String year) {
        Map<Total, Amount> totals = new EnumMap<>(Total.class);
        Set<Total> fromProse = EnumSet.noneOf(Total.class);
        put(totals, fromProse, Total.INCOME, summaryLine(d, "^(收入总计|收入合计)$", 0).or(() -> summaryLine(d, "^总计$", 0)), prose(d, year, "收入"));
        put(totals, fromProse, Total.EXPENDITURE, summaryLine(d, "^(支出总计|支出合计)$", 0).or(() -> summaryLine(d, "^总计$", 1)), prose(d, year, "支出"));
        put(totals, fromProse, Total.BASIC, column(d, TableKind.EXPENDITURE, "基本支出").or(() -> summaryLine(d, "基本支出$", 0)), prose(d, year, "支出/基本支出"));
        put(totals, fromProse, Total.PROJECT, column(d, TableKind.EXPENDITURE, "项目支出").or(() -> summaryLine(d, "项目支出$", 0)), prose(d, year, "支出/项目支出"));
        put(totals, fromProse, Total.PERSONNEL, column(d, TableKind.BASIC_ECONOMIC, "人员经费").or(() -> named(d, TableKind.BASIC_ECONOMIC, "^人员经费合计$")),
                prose(d, year, "支出/基本支出/人员经费"));
        put(totals, fromProse, Total.PUBLIC_FUNDS, column(d, TableKind.BASIC_ECONOMIC, "公用经费").or(() -> named(d, TableKind.BASIC_ECONOMIC, "^公用经费合计$")),
                prose(d, year, "支出/基本支出/公用经费"));
        put(totals, fromProse, Total.THREE_PUBLIC, threePublic(d, ThreePublicItem.TOTAL), prose(d, year, "三公经费"));
        put(totals, fromProse, Total.OPERATING_COST, threePublic(d, ThreePublicItem.OPERATING_COST)
                .or(() -> column(d, TableKind.OPERATING_COST, "")), prose(d, year, "机关运行经费"));
        // Assets are stated at the end of the year before the budget's (2020年末 in a 2021 budget).
        put(totals, fromProse, Total.FIXED_ASSETS, assets(d), prose(d, "", "固定资产"));
        return new Headline(totals, fromProse);
    }

    private static void put(Map<Total, Amount> totals, Set<Total> fromProse, Total total, Optional<Amount> table,
            Optional<Amount> prose) {
        table.or(() -> prose).ifPresent(a -> totals.put(total, a));
        if (table.isEmpty() && prose.isPresent()) {
            fromProse.add(total);
        }
    }

    /** The {@code nth} line (0 first) of the summary tables whose name matches, its first amount. */
    private static Optional<Amount> summaryLine(DocumentData d, String name, int nth) {
        Pattern p = Pattern.compile(name);
        for (BudgetTable t : d.budgetTables()) {
            if (t.kind() != TableKind.SUMMARY) {
                continue;
            }
            List<BudgetLine> lines = t.lines().stream()
                    .filter(l -> p.matcher(TableGrid.key(l.name()).replaceAll("^[一二三四五六七八九十]+、", "")).find()
                            && !l.amounts().isEmpty()).toList();
            if (lines.size() > nth) {
                return Optional.of(lines.get(nth).amounts().get(0).amount());
            }
        }
        return Optional.empty();
    }

    /** The total line's amount in the column whose header ends with {@code header}, in the first table of the kind. */
    private static Optional<Amount> column(DocumentData d, TableKind kind, String header) {
        for (BudgetTable t : d.budgetTables()) {
            if (t.kind() != kind) {
                continue;
            }
            for (BudgetLine l : t.lines()) {
                if (l.role() == BudgetLine.Role.TOTAL || l.code().isEmpty() && TOTAL_LINE.matcher(TableGrid.key(l.name())).matches()) {
                    Optional<Amount> a = header.isEmpty() ? l.amounts().stream().findFirst().map(BudgetLine.ColumnAmount::amount)
                            : l.amounts().stream().filter(x -> TableGrid.key(x.header()).endsWith(header)).findFirst()
                                    .map(BudgetLine.ColumnAmount::amount);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Amount> named(DocumentData d, TableKind kind, String name) {
        Pattern p = Pattern.compile(name);
        return d.budgetTables().stream().filter(t -> t.kind() == kind).flatMap(t -> t.lines().stream())
                .filter(l -> p.matcher(TableGrid.key(l.name())).find() && !l.amounts().isEmpty())
                .map(l -> l.amounts().get(0).amount()).findFirst();
    }

    private static Optional<Amount> threePublic(DocumentData d, ThreePublicItem item) {
        return d.threePublic().stream().flatMap(t -> t.row(item).stream()).map(ThreePublicRow::current)
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Amount> assets(DocumentData d) {
        return d.assets().stream().flatMap(t -> t.rows().stream())
                .filter(r -> TableGrid.key(r.item()).matches(".*(固定资产总额|合计|总计).*"))
                .map(AssetRow::value).flatMap(Optional::stream).findFirst();
    }

    /**
     * The first prose amount of the item, leaving out changes and amounts of another year
     * ("2016年度部门支出预算安排为8648.07万元" in a 2017 budget is last year's).
     */
    private static Optional<Amount> prose(DocumentData d, String year, String path) {
        return d.figures().stream().filter(f -> f.direction() == Direction.NONE && !f.isBase() && f.path().equals(path)
                && f.amount().unit().money() && ofYear(f.label(), year)).map(ProseFigure::amount).findFirst();
    }

    private static boolean ofYear(String label, String year) {
        if (label.contains("上年") || label.contains("去年")) {
            return false;
        }
        Matcher m = YEAR.matcher(label);
        while (m.find()) {
            if (!year.isEmpty() && !m.group(1).equals(year)) {
                return false;
            }
        }
        return true;
    }
}
