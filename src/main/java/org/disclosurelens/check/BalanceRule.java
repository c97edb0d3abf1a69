package org.disclosurelens.check;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Layout;

/**
 * ARITH-BALANCE: a county budget's income total equals its expenditure total (预算 are balanced by
 * law). Checked on the county template's stated totals only: a 决算's income and expenditure differ
 * by the year's balance, and provincial templates state income with the carry-over; their budget
 * tables' 收入总计 and 支出总计 are checked by ARITH-TABLE-BALANCE.
 */
final class BalanceRule extends BaseRule {

    BalanceRule() {
        super(RuleId.ARITH_BALANCE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        Optional<Amount> income = d.data().headline().get(Headline.Total.INCOME);
        Optional<Amount> expenditure = d.data().headline().get(Headline.Total.EXPENDITURE);
        if (!"预算".equals(d.identity().kind()) || d.structure().layout() != Layout.COUNTY_NINE_PART || income.isEmpty() || expenditure.isEmpty()
                || !Sums.differs(expenditure.get(), income.get().wan().orElseThrow())) {
            return List.of();
        }
        var incomeFigure = d.prose().first().get("收入");
        return List.of(mismatch(CanonicalPart.BUDGET_OVERVIEW,
                incomeFigure == null ? org.disclosurelens.model.Location.UNKNOWN : incomeFigure.location(),
                incomeFigure == null ? "" : incomeFigure.sentence(),
                "收入总额" + income.get().text() + "与支出总额" + expenditure.get().text() + "不等",
                "income " + income.get().text() + " differs from expenditure " + expenditure.get().text(),
                income.get().wan().orElseThrow(), expenditure.get().wan().orElseThrow()));
    }
}
