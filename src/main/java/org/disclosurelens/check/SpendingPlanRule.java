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
 * What a project's spending plan (资金支出计划, in %) reaches, for the two rules on it
 * ({@link PlanOverRule}, {@link PlanUnderRule}). A plan is read as cumulative when its percentages
 * never fall and the last is at most 100% (25%, 50%, 100%), else as shares per period (50%, 20%,
 * 30%), which must add up to 100%.
 */
abstract class SpendingPlanRule extends BaseRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    static final BigDecimal LIMIT_OVER = HUNDRED.add(TOLERANCE);
    static final BigDecimal LIMIT_UNDER = HUNDRED.subtract(TOLERANCE);

    SpendingPlanRule(RuleId rule) {
        super(rule);
    }

    /** Whether a plan reaching {@code reached} percent breaks this rule. */
    abstract boolean wrong(BigDecimal reached);

    /** 超过 or 未达到, over or under. */
    abstract String how(boolean chinese);

    @Override
    public final List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : d.data().projects()) {
            List<BigDecimal> shares = p.plan().stream().map(PlanEntry::amount)
                    .flatMap(java.util.Optional::stream).filter(a -> a.unit() == Unit.PERCENT).map(Amount::value).toList();
            if (shares.isEmpty()) {
                continue;
            }
            boolean cumulative = nonDecreasing(shares) && shares.get(shares.size() - 1).compareTo(LIMIT_OVER) <= 0
                    && shares.size() > 1 && shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) > 0;
            BigDecimal reached = cumulative ? shares.get(shares.size() - 1) : shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (wrong(reached)) {
                String plan = String.join(" | ", p.plan().stream().map(e -> e.period() + " " + e.text()).toList());
                findings.add(at(CanonicalPart.PERFORMANCE, p.plan().get(0).location(), plan,
                        "项目“" + p.name() + "”资金支出计划合计" + Amount.plain(reached) + "%，" + how(true) + "100%",
                        "project " + p.name() + ": the spending plan reaches " + Amount.plain(reached) + "%, "
                                + how(false) + " 100%")
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
