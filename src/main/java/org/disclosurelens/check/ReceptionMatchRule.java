package org.disclosurelens.check;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;

/**
 * ARITH-RECEPTION-MATCH: 公务接待费 is stated twice, in the 三公 table (this year) and among the
 * 机关运行经费 items of the text; the two must agree.
 */
final class ReceptionMatchRule extends BaseRule {

    ReceptionMatchRule() {
        super(RuleId.ARITH_RECEPTION_MATCH);
    }

    @Override
    public List<Finding> check(Disclosure d) {
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
}
