package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Layout;
import org.disclosurelens.table.Project;

/**
 * ARITH-PROJECT-FUNDS: each 绩效目标表's 预算数 = 财政资金 + 其他资金. ARITH-PROJECTS-TOTAL: the
 * projects' 预算数 add up to the 项目支出 the document states. In the county template every project
 * has a 绩效目标表, so the sum must equal 项目支出; elsewhere (Shanghai lists only the larger
 * projects) it must not exceed it.
 */
final class ProjectFundsRule extends BaseRule {

    private final boolean total;

    ProjectFundsRule(boolean total) {
        super(total ? "ARITH-PROJECTS-TOTAL" : "ARITH-PROJECT-FUNDS", Category.ARITHMETIC, Severity.ERROR,
                total ? "the projects' 预算数 do not add up to the 项目支出 stated"
                        : "a project's 预算数 differs from 财政资金 + 其他资金");
        this.total = total;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return total ? checkTotal(d) : checkEach(d);
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
                        "项目“" + p.name() + "”预算数" + p.budget().get().text() + "，但财政资金与其他资金合计" + Sums.show(sum),
                        "project " + name(p) + ": 预算数 " + p.budget().get().text() + " but 财政资金 + 其他资金 = " + Sums.show(sum),
                        sum, p.budget().get().wan().orElseThrow()));
            }
        }
        return findings;
    }

    private List<Finding> checkTotal(Disclosure d) {
        List<Project> projects = d.data().projects();
        Optional<Amount> stated = d.data().headline().get(Headline.Total.PROJECT);
        if (projects.isEmpty() || stated.isEmpty() || projects.stream().anyMatch(p -> p.budget().isEmpty())) {
            return List.of();
        }
        BigDecimal sum = Sums.sum(projects.stream().map(p -> p.budget().get()).toList());
        BigDecimal statedWan = stated.get().wan().orElseThrow();
        boolean complete = d.structure().layout() == Layout.COUNTY_NINE_PART;
        boolean wrong = complete ? Sums.differs(stated.get(), sum)
                : sum.subtract(statedWan).compareTo(Sums.tolerance(stated.get())) > 0;
        if (!wrong) {
            return List.of();
        }
        String budgets = String.join("+", projects.stream().map(p -> p.budget().get().text()).toList());
        return List.of(mismatch(CanonicalPart.PERFORMANCE, projects.get(0).location(), budgets,
                projects.size() + "个项目绩效目标表预算数合计" + Sums.show(sum) + "万元，" + (complete ? "与" : "超过")
                        + "项目支出" + stated.get().text() + (complete ? "不符" : ""),
                "the " + projects.size() + " projects' 预算数 add up to " + Sums.show(sum) + "万元, "
                        + (complete ? "not the " : "more than the ") + "项目支出 of " + stated.get().text(),
                sum, statedWan));
    }

    private static String name(Project p) {
        return p.code().isEmpty() ? p.name() : p.code() + " " + p.name();
    }
}
