package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/**
 * ARITH-THREE-PUBLIC-CHANGE: in the "三公" table, each line's change = this year − last year.
 * TEXT-REASON-UNCHANGED: a line whose reason says nothing changed (无增减变化, 持平, 不变) while its
 * amounts differ.
 */
final class ThreePublicChangeRule extends BaseRule {

    private static final Pattern UNCHANGED = Pattern.compile("无增减|无变化|持平|不变|相等|相同");

    private final boolean reasons;

    ThreePublicChangeRule(boolean reasons) {
        super(reasons ? RuleId.TEXT_REASON_UNCHANGED : RuleId.ARITH_THREE_PUBLIC_CHANGE);
        this.reasons = reasons;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (ThreePublicTable t : d.data().threePublic()) {
            for (ThreePublicRow row : t.rows()) {
                if (row.previous().isEmpty() || row.current().isEmpty()) {
                    continue;
                }
                BigDecimal difference = Sums.wan(row.current()).subtract(Sums.wan(row.previous()));
                String evidence = row.label() + " | " + row.previous().get().text() + " | " + row.current().get().text()
                        + row.change().map(c -> " | " + c.text()).orElse("") + (row.reason().isEmpty() ? "" : " | " + row.reason());
                if (!reasons && row.change().isPresent() && Sums.differs(row.change().get(), difference)) {
                    findings.add(mismatch(t.source().part(), row.location(), evidence,
                            "“" + row.label() + "”增减数为" + Sums.written(row.change().get()) + "，但本年数减上年数为"
                                    + Sums.showAs(difference, row.change().get()),
                            row.label() + ": the change is " + Sums.written(row.change().get()) + " but this year minus last year is "
                                    + Sums.showAs(difference, row.change().get()), difference, row.change().get().wan().orElseThrow()));
                }
                boolean differs = difference.abs().compareTo(Sums.tolerance(row.current().get())) > 0;
                if (reasons && differs && UNCHANGED.matcher(row.reason()).find()) {
                    findings.add(at(t.source().part(), row.location(), evidence,
                            "“" + row.label() + "”变化原因称“" + row.reason() + "”，但金额由" + row.previous().get().text() + "变为"
                                    + row.current().get().text(),
                            row.label() + ": the reason says \"" + row.reason() + "\" but the amount went from "
                                    + row.previous().get().text() + " to " + row.current().get().text()));
                }
            }
        }
        return findings;
    }
}
