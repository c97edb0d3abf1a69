package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.PlanEntry;
import org.disclosurelens.table.Project;

/**
 * PLAN-OVER-100 (error): a project's spending plan (资金支出计划, in %) exceeds 100%.
 * PLAN-UNDER-100 (warning): it does not reach 100% by its last date. A plan is read as cumulative
 * when its percentages never fall and the last is at most 100% (25%, 50%, 100%), else as shares per
 * period (50%, 20%, 30%), which must add up to 100%.
 */
final class SpendingPlanRule extends BaseRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final boolean over;

    SpendingPlanRule(boolean over) {
        super(over ? RuleId.PLAN_OVER_100 : RuleId.PLAN_UNDER_100);
        this.over = over;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : d.data().projects()) {
            List<BigDecimal> shares = p.plan().stream().map(PlanEntry::amount)
                    .flatMap(java.util.Optional::stream).filter(a -> a.unit() == Unit.PERCENT).map(Amount::value).toList();
            if (shares.isEmpty()) {
                continue;
            }
            boolean cumulative = nonDecreasing(shares) && shares.get(shares.size() - 1).compareTo(HUNDRED.add(TOLERANCE)) <= 0
                    && shares.size() > 1 && shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) > 0;
            BigDecimal reached = cumulative ? shares.get(shares.size() - 1) : shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean wrong = over ? reached.compareTo(HUNDRED.add(TOLERANCE)) > 0 : reached.compareTo(HUNDRED.subtract(TOLERANCE)) < 0;
            if (wrong) {
                String plan = String.join(" | ", p.plan().stream().map(e -> e.period() + " " + e.text()).toList());
                findings.add(at(CanonicalPart.PERFORMANCE, p.plan().get(0).location(), plan,
                        "项目“" + p.name() + "”资金支出计划合计" + Amount.plain(reached) + "%，" + (over ? "超过" : "未达到") + "100%",
                        "project " + p.name() + ": the spending plan reaches " + Amount.plain(reached) + "%, "
                                + (over ? "over" : "under") + " 100%")
                        .withValues("100", Amount.plain(reached)));
            }
        }
        return findings;
    }

    private static boolean nonDecreasing(List<BigDecimal> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).compareTo(values.get(i - 1)) < 0) {
                return false;
            }
        }
        return true;
    }
}
