package org.disclosurelens.check;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Layout;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;

/**
 * Figures that two parts state for the same thing. ARITH-RECEPTION-MATCH: 公务接待费 in the 三公
 * table (this year) and among the 机关运行经费 items. ARITH-OPERATING-VS-PUBLIC: in the county
 * template 机关运行经费 is the 日常公用经费 of the basic expenditure, so it cannot exceed the 公用经费
 * stated (Jiangsu's 机关运行经费 table also counts project funds, so other layouts are not checked).
 */
final class CrossPartRule extends BaseRule {

    /**
     * Layouts whose 机关运行经费 is the 一般公共预算 日常公用经费 of the basic expenditure alone (their
     * 名词解释 says so): the county template and Shanghai's. On ../shared/corpus-real and
     * corpus-cities, 机关运行经费 exceeds 公用经费 only in Jiangsu-layout files (014, 031, 福州商务局).
     */
    private static final java.util.Set<Layout> GENERAL_BUDGET_ONLY = java.util.EnumSet.of(Layout.COUNTY_NINE_PART,
            Layout.SHANGHAI_BUDGET);

    private final boolean reception;

    CrossPartRule(boolean reception) {
        super(reception ? RuleId.ARITH_RECEPTION_MATCH : RuleId.ARITH_OPERATING_VS_PUBLIC);
        this.reception = reception;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return reception ? reception(d) : operating(d);
    }

    private List<Finding> reception(Disclosure d) {
        ProseFigure item = d.prose().first().get("机关运行经费/公务接待费");
        Optional<ThreePublicRow> row = d.data().threePublic().stream().map(t -> t.row(ThreePublicItem.RECEPTION))
                .flatMap(Optional::stream).filter(r -> r.current().isPresent()).findFirst();
        if (item == null || row.isEmpty() || !Sums.differs(item.amount(), Sums.wan(row.get().current()))) {
            return List.of();
        }
        Amount table = row.get().current().get();
        return List.of(mismatch(item.part(), item.location(), item.sentence(),
                "机关运行经费中公务接待费" + item.amount().text() + "，与“三公”经费表中公务接待费" + table.text() + "不符",
                "公务接待费 is " + item.amount().text() + " among the 机关运行经费 items but " + table.text() + " in the 三公 table",
                table.wan().orElseThrow(), item.amount().wan().orElseThrow()));
    }

    private List<Finding> operating(Disclosure d) {
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
