package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.table.ThreePublicRow;

/** ARITH-THREE-PUBLIC-CHANGE: in the "三公" table, each line's change = this year − last year. */
final class ThreePublicChangeRule extends BaseRule {

    ThreePublicChangeRule() {
        super(RuleId.ARITH_THREE_PUBLIC_CHANGE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (ThreePublicLine line : ThreePublicLine.of(d)) {
            ThreePublicRow row = line.row();
            if (row.change().isPresent() && Sums.differs(row.change().get(), line.difference())) {
                findings.add(mismatch(line.table().source().part(), row.location(), line.evidence(),
                        "“" + row.label() + "”增减数为" + Sums.written(row.change().get()) + "，但本年数减上年数为"
                                + Sums.showAs(line.difference(), row.change().get()),
                        row.label() + ": the change is " + Sums.written(row.change().get()) + " but this year minus last year is "
                                + Sums.showAs(line.difference(), row.change().get()), line.difference(),
                        row.change().get().wan().orElseThrow()));
            }
        }
        return findings;
    }
}
