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
 * ARITH-PROJECTS-TOTAL: the projects' 预算数 add up to the 项目支出 the document states. In the
 * county template every project has a 绩效目标表, so the sum must equal 项目支出; elsewhere (Shanghai
 * lists only the larger projects) it must not exceed it. A table printed twice counts once, and the
 * funds a department passes on (named 转移支付 or 提前下达: another government's money, outside its
 * own 项目支出) are left out. When the projects still add up to more than twice the 项目支出, the
 * tables cover funds the department manages for others: that is said (info), not judged.
 */
final class ProjectsTotalRule extends BaseRule {

    /** Funds a department passes on to other governments or units: 转移支付, 提前下达 (another level's money). */
    private static final java.util.regex.Pattern PASSED_ON = java.util.regex.Pattern.compile("转移支付|提前下达|对下补助|补助县");

    ProjectsTotalRule() {
        super(RuleId.ARITH_PROJECTS_TOTAL);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return checkTotal(d);
    }

    private List<Finding> checkTotal(Disclosure d) {
        List<Project> projects = d.data().projects();
        Optional<Amount> stated = d.data().headline().get(Headline.Total.PROJECT);
        if (projects.isEmpty() || stated.isEmpty() || projects.stream().anyMatch(p -> p.budget().isEmpty())) {
            return List.of();
        }
        List<Project> own = new ArrayList<>();
        for (Project p : projects) {
            boolean repeated = own.stream().anyMatch(o -> o.name().equals(p.name())
                    && o.budget().get().wan().orElseThrow().compareTo(p.budget().get().wan().orElseThrow()) == 0);
            if (!repeated && !PASSED_ON.matcher(p.name()).find()) {
                own.add(p);
            }
        }
        projects = own;
        if (projects.isEmpty()) {
            return List.of();
        }
        BigDecimal sum = Sums.sum(projects.stream().map(p -> p.budget().get()).toList());
        BigDecimal statedWan = stated.get().wan().orElseThrow();
        if (sum.compareTo(statedWan.multiply(BigDecimal.valueOf(2))) > 0) {
            Finding f = mismatch(CanonicalPart.PERFORMANCE, projects.get(0).location(), projects.size() + " 个项目",
                    projects.size() + "个项目绩效目标表预算数合计" + Sums.show(sum) + "万元，超过项目支出" + stated.get().text()
                            + "一倍以上：绩效目标表还列有本单位代管或转拨的资金，未作判定",
                    "the " + projects.size() + " projects' 预算数 add up to " + Sums.show(sum) + "万元, more than twice the 项目支出 of "
                            + stated.get().text() + ": the tables also list funds the unit manages or passes on, so nothing is judged",
                    sum, statedWan);
            return List.of(f.withSeverity(Severity.INFO));
        }
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
}
