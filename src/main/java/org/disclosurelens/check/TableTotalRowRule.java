package org.disclosurelens.check;

import java.util.List;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/** ARITH-TABLE-TOTAL-ROW: the 合计 line = the sum of the 类 lines. */
final class TableTotalRowRule extends BudgetTableRule {

    TableTotalRowRule() {
        super(RuleId.ARITH_TABLE_TOTAL_ROW);
    }

    @Override
    void table(Disclosure d, BudgetTable t, Tally tally) {
        totalRow(t, tally);
    }

    /** The table's total against all its 类 lines, and each unit's row against the 类 lines of its unit. */
    private void totalRow(BudgetTable t, Tally findings) {
        List<BudgetLine> classes = t.lines().stream().filter(l -> l.code().map(c -> c.kuan().isEmpty()).orElse(false)).toList();
        t.lines().stream().filter(l -> l.role() == BudgetLine.Role.TOTAL).findFirst().filter(total -> !classes.isEmpty())
                .ifPresent(total -> compare(t, total, classes, "各类科目", "the 类 lines", findings));
        for (BudgetLine unit : t.lines()) {
            List<BudgetLine> own = classes.stream().filter(l -> l.unit().equals(unit.name())).toList();
            if (unit.role() == BudgetLine.Role.UNIT && !own.isEmpty()) {
                compare(t, unit, own, "该单位各类科目", "the unit's 类 lines", findings);
            }
        }
    }

}
