package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Project;

/** ARITH-PROJECT-FUNDS: each 绩效目标表's 预算数 = 财政资金 + 其他资金. */
final class ProjectFundsRule extends BaseRule {

    ProjectFundsRule() {
        super(RuleId.ARITH_PROJECT_FUNDS);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return checkEach(d);
    }

    private List<Finding> checkEach(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : d.data().projects()) {
            if (p.budget().isEmpty() || p.fiscal().isEmpty() || p.other().isEmpty()) {
                continue;
            }
            BigDecimal sum = Sums.wan(p.fiscal()).add(Sums.wan(p.other()));
            if (Sums.differs(p.budget().get(), sum)) {
                findings.add(mismatch(CanonicalPart.PERFORMANCE, p.location(), name(p) + " 预算数 " + p.budget().get().text()
                                + " | 财政资金 " + p.fiscal().get().text() + " | 其他资金 " + p.other().get().text(),
                        "项目“" + p.name() + "”预算数" + Sums.written(p.budget().get()) + "，但财政资金与其他资金合计"
                                + Sums.showAs(sum, p.budget().get()),
                        "project " + name(p) + ": 预算数 " + Sums.written(p.budget().get()) + " but 财政资金 + 其他资金 = "
                                + Sums.showAs(sum, p.budget().get()),
                        sum, p.budget().get().wan().orElseThrow()));
            }
        }
        return findings;
    }

    private static String name(Project p) {
        return p.code().isEmpty() ? p.name() : p.code() + " " + p.name();
    }
}
