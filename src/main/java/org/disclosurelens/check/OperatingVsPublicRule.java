package org.disclosurelens.check;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Layout;

/**
 * ARITH-OPERATING-VS-PUBLIC: in the county template 机关运行经费 is the 日常公用经费 of the basic
 * expenditure, so it cannot exceed the 公用经费 stated (Jiangsu's 机关运行经费 table also counts
 * project funds, so other layouts are not checked).
 */
final class OperatingVsPublicRule extends BaseRule {

    /**
     * Layouts whose 机关运行经费 is the 一般公共预算 日常公用经费 of the basic expenditure alone (their
     * 名词解释 says so): the county template and Shanghai's. On ../shared/corpus-real and
     * corpus-cities, 机关运行经费 exceeds 公用经费 only in Jiangsu-layout files (014, 031, 福州商务局).
     */
    private static final java.util.Set<Layout> GENERAL_BUDGET_ONLY = java.util.EnumSet.of(Layout.COUNTY_NINE_PART,
            Layout.SHANGHAI_BUDGET);

    OperatingVsPublicRule() {
        super(RuleId.ARITH_OPERATING_VS_PUBLIC);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        Optional<Amount> operating = d.data().headline().get(Headline.Total.OPERATING_COST);
        Optional<Amount> publicFunds = d.data().headline().get(Headline.Total.PUBLIC_FUNDS);
        if (operating.isEmpty() || publicFunds.isEmpty() || !GENERAL_BUDGET_ONLY.contains(d.structure().layout())) {
            return List.of();
        }
        var over = operating.get().wan().orElseThrow().subtract(publicFunds.get().wan().orElseThrow());
        if (over.compareTo(Sums.tolerance(operating.get())) <= 0) {
            return List.of();
        }
        ProseFigure stated = d.prose().first().get("机关运行经费");
        return List.of(mismatch(CanonicalPart.OPERATING_COST, stated == null ? org.disclosurelens.model.Location.UNKNOWN
                        : stated.location(), stated == null ? "" : stated.sentence(),
                "机关运行经费" + wan(operating.get()) + "超过日常公用经费" + wan(publicFunds.get()),
                "机关运行经费 " + wan(operating.get()) + " exceeds the 日常公用经费 of " + wan(publicFunds.get()),
                publicFunds.get().wan().orElseThrow(), operating.get().wan().orElseThrow()));
    }

    /** The amount in 万元 with its unit, whatever unit the table printed it in. */
    private static String wan(Amount amount) {
        return Sums.show(amount.wan().orElseThrow()) + "万元";
    }
}
