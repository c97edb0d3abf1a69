package org.disclosurelens.check;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.table.BudgetCode;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/** ARITH-TABLE-HIERARCHY: a 类 line = the sum of its 款 lines, a 款 line = the sum of its 项 lines (function and economic classifications alike). */
final class TableHierarchyRule extends BudgetTableRule {

    TableHierarchyRule() {
        super(RuleId.ARITH_TABLE_HIERARCHY);
    }

    @Override
    void table(Disclosure d, BudgetTable t, Tally tally) {
        hierarchy(t, tally);
    }

    private void hierarchy(BudgetTable t, Tally findings) {
        for (BudgetLine parent : t.lines()) {
            Optional<BudgetCode> code = parent.code();
            if (code.isEmpty() || !code.get().xiang().isEmpty()) {
                continue;
            }
            String prefix = code.get().lei() + code.get().kuan();
            int childLength = code.get().kuan().isEmpty() ? 5 : 7;
            List<BudgetLine> children = distinct(t.lines().stream().filter(l -> l.unit().equals(parent.unit())
                    && l.code().map(c -> full(c).length() == childLength && full(c).startsWith(prefix)).orElse(false)).toList());
            if (!children.isEmpty()) {
                compare(t, parent, children, "下级科目", "its sub-items", findings);
            }
        }
    }

}
