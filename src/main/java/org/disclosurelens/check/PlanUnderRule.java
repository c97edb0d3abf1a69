package org.disclosurelens.check;

import java.math.BigDecimal;

/** PLAN-UNDER-100 (warning): a project's spending plan does not reach 100% by its last date. */
final class PlanUnderRule extends SpendingPlanRule {

    PlanUnderRule() {
        super(RuleId.PLAN_UNDER_100);
    }

    @Override
    boolean wrong(BigDecimal reached) {
        return reached.compareTo(LIMIT_UNDER) < 0;
    }

    @Override
    String how(boolean chinese) {
        return chinese ? "未达到" : "under";
    }
}
