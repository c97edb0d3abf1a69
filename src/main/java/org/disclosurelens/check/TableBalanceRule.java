package org.disclosurelens.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/** ARITH-TABLE-BALANCE: in a budget's 收支总表, 收入总计 = 支出总计. */
final class TableBalanceRule extends BudgetTableRule {

    TableBalanceRule() {
        super(RuleId.ARITH_TABLE_BALANCE);
    }

    @Override
    void table(Disclosure d, BudgetTable t, Tally tally) {
        if ("预算".equals(d.identity().kind())) {
            balance(t, tally);
        }
    }

    private void balance(BudgetTable t, Tally findings) {
        Map<String, BudgetLine.ColumnAmount> totals = new LinkedHashMap<>();
        for (BudgetLine line : t.lines()) {
            String name = line.name().replaceAll("\\s", "");
            if ((name.equals("收入总计") || name.equals("支出总计")) && !line.amounts().isEmpty()) {
                totals.putIfAbsent(name, line.amounts().get(0));
            }
        }
        BudgetLine.ColumnAmount income = totals.get("收入总计");
        BudgetLine.ColumnAmount expenditure = totals.get("支出总计");
        if (income == null || expenditure == null) {
            return;
        }
        if (!Sums.differs(expenditure.amount(), income.amount().wan().orElseThrow())) {
            findings.pass();
        } else {
            BudgetLine line = t.lines().stream().filter(l -> l.name().replaceAll("\\s", "").equals("收入总计")).findFirst().orElseThrow();
            findings.fail(mismatch(t.source().part(), line.location(), "收入总计 " + income.amount().text() + " | 支出总计 "
                            + expenditure.amount().text(),
                    "“" + t.source().title() + "”收入总计" + income.amount().text() + "与支出总计" + expenditure.amount().text() + "不等",
                    t.source().title() + ": 收入总计 " + income.amount().text() + " differs from 支出总计 " + expenditure.amount().text(),
                    income.amount().wan().orElseThrow(), expenditure.amount().wan().orElseThrow()));
        }
    }

}
