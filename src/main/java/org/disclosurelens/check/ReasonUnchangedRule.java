package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.table.ThreePublicRow;

/**
 * TEXT-REASON-UNCHANGED: a line of the "三公" table whose reason says nothing changed (无增减变化,
 * 持平, 不变) while its amounts differ.
 */
final class ReasonUnchangedRule extends BaseRule {

    private static final Pattern UNCHANGED = Pattern.compile("无增减|无变化|持平|不变|相等|相同");

    ReasonUnchangedRule() {
        super(RuleId.TEXT_REASON_UNCHANGED);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (ThreePublicLine line : ThreePublicLine.of(d)) {
            ThreePublicRow row = line.row();
            boolean differs = line.difference().abs().compareTo(Sums.tolerance(row.current().get())) > 0;
            if (differs && UNCHANGED.matcher(row.reason()).find()) {
                findings.add(at(line.table().source().part(), row.location(), line.evidence(),
                        "“" + row.label() + "”变化原因称“" + row.reason() + "”，但金额由" + row.previous().get().text() + "变为"
                                + row.current().get().text(),
                        row.label() + ": the reason says \"" + row.reason() + "\" but the amount went from "
                                + row.previous().get().text() + " to " + row.current().get().text()));
            }
        }
        return findings;
    }
}
