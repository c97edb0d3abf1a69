package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.TableKind;

/**
 * ARITH-CROSS-TABLE: a total that two budget tables of one budget both print, printed differently.
 * The identities every budget's tables keep (the 部门预算公开 templates define each total once; on
 * the budgets of ../shared/corpus-cities and ../shared/corpus-real, 142 and 33 comparisons, none
 * differs):
 * <ul>
 * <li>the 收入总表's total (合计 line, 合计 column) is the 收支总表's 收入总计 or its 本年收入合计
 *     (templates differ on whether the 收入总表 counts 上年结转);</li>
 * <li>the 支出总表's total likewise is the 收支总表's 支出总计 or 本年支出合计;</li>
 * <li>the 基本支出表's total is the 基本支出 column of the 合计 line of the table of the same funds:
 *     一般公共预算支出表 for an 一般公共预算基本支出表, 财政拨款支出表 for a 财政拨款基本支出表, the 支出总表
 *     for a 基本支出表 that names no funds (a warning then: the funds are assumed).</li>
 * </ul>
 * In final accounts (决算) only the third: their 收支总表 adds 结余 and 年末结转 in ways its templates
 * vary on, while the 基本支出决算表 is the 基本支出 of the 支出决算表 of its funds there too
 * (../shared/corpus-real 010: 2336.91 in both). A table whose names were read as numbers (columns
 * shifted) is left out, as by ARITH-TABLE-*.
 */
final class CrossTableRule extends BaseRule {

    private static final Pattern NUMBER = Pattern.compile("^[\\d,，.]+$");
    private static final Pattern SUMMARY_INCOME = Pattern.compile("^(收入总计|收入合计|本年收入合计|本年收入小计)$");
    private static final Pattern SUMMARY_EXPENDITURE = Pattern.compile("^(支出总计|支出合计|本年支出合计|本年支出小计)$");
    /** The last segment of a header path naming a table's total column. */
    private static final Set<String> TOTAL_COLUMNS = Set.of("合计", "总计", "小计", "金额", "本年收入合计", "本年支出合计",
            "收入总计", "支出总计");
    /** Header segments of the parts of a total: a column under one of them is not the table's total. */
    private static final Set<String> PART_SEGMENTS = Set.of("基本支出", "项目支出", "人员经费", "公用经费");

    CrossTableRule() {
        super(RuleId.ARITH_CROSS_TABLE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        boolean budget = "预算".equals(d.identity().kind());
        if (!budget && !"决算".equals(d.identity().kind())) {
            return List.of();
        }
        List<BudgetTable> tables = d.data().budgetTables().stream()
                .filter(t -> t.lines().stream().noneMatch(l -> NUMBER.matcher(l.name().strip()).matches())).toList();
        List<Finding> findings = new ArrayList<>();
        first(tables, TableKind.SUMMARY).filter(summary -> budget).ifPresent(summary -> {
            sideAgainstSummary(tables, TableKind.INCOME, summary, SUMMARY_INCOME, "收入", findings);
            sideAgainstSummary(tables, TableKind.EXPENDITURE, summary, SUMMARY_EXPENDITURE, "支出", findings);
        });
        for (BudgetTable basic : tables) {
            if (basic.kind() == TableKind.BASIC_ECONOMIC) {
                basicAgainstExpenditure(tables, basic, findings);
            }
        }
        return findings;
    }

    /** The first table of kind {@code side} against the summary table's totals of that side. */
    private void sideAgainstSummary(List<BudgetTable> tables, TableKind side, BudgetTable summary, Pattern names, String zh,
            List<Finding> findings) {
        Optional<BudgetTable> table = first(tables, side);
        Optional<Total> total = table.flatMap(CrossTableRule::total);
        List<Total> summaryTotals = summary.lines().stream().filter(l -> names.matcher(compact(l.name())).matches())
                .flatMap(l -> l.amounts().stream().findFirst().map(a -> new Total(l, a)).stream())
                .filter(t -> t.wan().isPresent()).toList();
        if (total.isEmpty() || total.get().wan().isEmpty() || summaryTotals.isEmpty()) {
            return;
        }
        if (summaryTotals.stream().anyMatch(s -> agree(total.get(), s))) {
            return;
        }
        Total expected = summaryTotals.get(0);
        findings.add(finding(table.get(), total.get(), summary, expected, Severity.ERROR,
                "“" + table.get().source().title() + "”" + zh + "合计为" + total.get().text() + "，但“" + summary.source().title()
                        + "”中" + names(summaryTotals) + "，两表不一致",
                table.get().source().title() + ": total " + zh + " " + total.get().text() + ", but "
                        + summary.source().title() + " prints " + names(summaryTotals)));
    }

    /** A 基本支出表's total against the 基本支出 column of the 合计 line of the expenditure table of the same funds. */
    private void basicAgainstExpenditure(List<BudgetTable> tables, BudgetTable basic, List<Finding> findings) {
        String title = basic.source().title();
        boolean named = title.contains("一般公共预算") || title.contains("财政拨款");
        TableKind funds = title.contains("一般公共预算") ? TableKind.GENERAL_PUBLIC
                : title.contains("财政拨款") ? TableKind.FISCAL_EXPENDITURE : TableKind.EXPENDITURE;
        Optional<BudgetTable> expenditure = first(tables, funds);
        Optional<Total> total = total(basic).or(() -> partsOf(basic));
        Optional<Total> column = expenditure.flatMap(CrossTableRule::basicColumn);
        if (total.isEmpty() || total.get().wan().isEmpty() || column.isEmpty() || column.get().wan().isEmpty()
                || agree(total.get(), column.get())) {
            return;
        }
        Finding f = finding(basic, total.get(), expenditure.get(), column.get(), named ? Severity.ERROR : Severity.WARNING,
                "“" + title + "”合计为" + total.get().text() + "，但“" + expenditure.get().source().title() + "”中基本支出为"
                        + column.get().text() + "，两表不一致",
                title + ": total " + total.get().text() + ", but " + expenditure.get().source().title() + " prints 基本支出 "
                        + column.get().text());
        findings.add(f);
    }

    private Finding finding(BudgetTable table, Total actual, BudgetTable other, Total expected, Severity severity, String zh,
            String en) {
        return mismatch(table.source().part(), actual.line().location(), actual.line().name() + " | " + actual.column().header()
                + " " + actual.text(), zh, en, expected.wan().orElseThrow(), actual.wan().orElseThrow())
                .withSeverity(severity).withSource(other.source().title() + " " + expected.line().location());
    }

    /** An amount of a line in one column. */
    private record Total(BudgetLine line, BudgetLine.ColumnAmount column) {

        Optional<BigDecimal> wan() {
            return column.amount().wan();
        }

        String text() {
            return column.amount().text();
        }
    }

    private static Optional<BudgetTable> first(List<BudgetTable> tables, TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** The table's 合计 line in its first total column: the first column that is no part of a total. */
    private static Optional<Total> total(BudgetTable t) {
        return totalLine(t).flatMap(line -> line.amounts().stream().filter(a -> totalColumn(a.header())).findFirst()
                .map(a -> new Total(line, a)));
    }

    /** A basic-expenditure table without a total column: its 人员经费 and 公用经费 columns added, as one amount. */
    private static Optional<Total> partsOf(BudgetTable t) {
        return totalLine(t).flatMap(line -> {
            List<BudgetLine.ColumnAmount> parts = line.amounts().stream()
                    .filter(a -> last(a.header()).equals("人员经费") || last(a.header()).equals("公用经费")).toList();
            if (parts.size() != 2 || parts.stream().anyMatch(a -> a.amount().wan().isEmpty())) {
                return Optional.empty();
            }
            Amount a = parts.get(0).amount();
            Amount b = parts.get(1).amount();
            if (a.unit() != b.unit()) {
                return Optional.empty();
            }
            return Optional.of(new Total(line, new BudgetLine.ColumnAmount(parts.get(0).column(), "人员经费+公用经费",
                    new Amount(a.value().add(b.value()), a.unit(), a.text() + "+" + b.text()))));
        });
    }

    /** The 基本支出 column of the table's 合计 line (基本支出, 基本支出/小计, 其中：/基本支出). */
    private static Optional<Total> basicColumn(BudgetTable t) {
        return totalLine(t).flatMap(line -> line.amounts().stream().filter(a -> {
            List<String> segments = List.of(a.header().split("/"));
            String last = segments.get(segments.size() - 1);
            return last.equals("基本支出") || segments.contains("基本支出") && (last.equals("小计") || last.equals("合计"));
        }).findFirst().map(a -> new Total(line, a)));
    }

    private static Optional<BudgetLine> totalLine(BudgetTable t) {
        return t.lines().stream().filter(l -> l.role() == BudgetLine.Role.TOTAL).findFirst();
    }

    private static boolean totalColumn(String header) {
        List<String> segments = List.of(header.split("/"));
        return TOTAL_COLUMNS.contains(segments.get(segments.size() - 1))
                && segments.stream().noneMatch(s -> PART_SEGMENTS.contains(s) || s.startsWith("其中") || s.contains("政府采购"));
    }

    private static String last(String header) {
        return header.substring(header.lastIndexOf('/') + 1);
    }

    /** Equal within the larger of the two printings' rounding (0.01万元, or the last digit of an amount in 元). */
    private static boolean agree(Total a, Total b) {
        BigDecimal limit = Sums.tolerance(a.column().amount()).max(Sums.tolerance(b.column().amount()));
        return a.wan().orElseThrow().subtract(b.wan().orElseThrow()).abs().compareTo(limit) <= 0;
    }

    private static String names(List<Total> totals) {
        return String.join("、", totals.stream().map(t -> compact(t.line().name()) + t.text()).toList());
    }

    private static String compact(String name) {
        return name.replaceAll("\\s+", "");
    }
}
