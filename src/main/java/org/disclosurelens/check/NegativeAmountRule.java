package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/**
 * CELL-NEGATIVE-AMOUNT: a budget table prints a negative amount in a column that holds amounts,
 * not changes. Income, spending and their classifications are never below 0; a minus sign there is
 * a sign typed by mistake or a difference computed from a wrong total. Columns of a change (增减,
 * 增减额, 比上年, 较上年, 变动, 差额, 增长, 增幅) are negative when the amount fell (福州's
 * "2026年预算数比2025年执行数/增减额 -118.90") and are not read. One finding per table, at its first
 * negative cell, with the count.
 */
final class NegativeAmountRule extends BaseRule {

    /** A column of a change, whose amounts go below 0 when the year's amount fell. */
    private static final Pattern CHANGE = Pattern.compile("增减|增加|减少|增长|增幅|降幅|变动|变化|差额|比上年|较上年|上年比|同比|比较|±|\\+/-|-/\\+");

    NegativeAmountRule() {
        super(RuleId.CELL_NEGATIVE_AMOUNT);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (BudgetTable t : d.data().budgetTables()) {
            if (t.lines().stream().anyMatch(l -> BudgetTableRule.NUMBER.matcher(l.name().strip()).matches())) {
                continue; // the columns of this table were not read reliably
            }
            List<Cell> negative = new ArrayList<>();
            for (BudgetLine line : t.lines()) {
                for (BudgetLine.ColumnAmount a : line.amounts()) {
                    if (a.amount().wan().orElse(BigDecimal.ZERO).signum() < 0 && !CHANGE.matcher(a.header()).find()) {
                        negative.add(new Cell(line, a));
                    }
                }
            }
            if (!negative.isEmpty()) {
                Cell first = negative.get(0);
                String where = first.line().name() + "（" + first.column().header() + "）";
                findings.add(at(t.source().part(), first.line().location(), BudgetTableRule.line(first.line(), first.column()),
                        "“" + t.source().title() + "”中" + where + "为负数" + first.column().amount().text()
                                + (negative.size() > 1 ? "，表中共" + negative.size() + "处负数" : ""),
                        t.source().title() + ": " + first.line().name() + " (" + first.column().header() + ") is negative, "
                                + first.column().amount().text() + (negative.size() > 1 ? "; " + negative.size() + " negative cells in all" : ""))
                        .withValues("≥0", first.column().amount().text()));
            }
        }
        return findings;
    }

    /** A negative cell: its line and column. */
    private record Cell(BudgetLine line, BudgetLine.ColumnAmount column) {
    }
}
