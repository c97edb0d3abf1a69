package org.disclosurelens.check;

import java.math.BigDecimal;

/** PLAN-OVER-100 (error): a project's spending plan exceeds 100%. */
final class PlanOverRule extends SpendingPlanRule {

    PlanOverRule() {
        super(RuleId.PLAN_OVER_100);
    }

    @Override
    boolean wrong(BigDecimal reached) {
        return reached.compareTo(LIMIT_OVER) > 0;
    }

    @Override
    String how(boolean chinese) {
        return chinese ? "超过" : "over";
    }
}
