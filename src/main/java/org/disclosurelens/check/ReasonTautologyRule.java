package org.disclosurelens.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEXT-REASON-TAUTOLOGY (info, contradiction): the reason given only restates the change
 * (主要原因是公务接待费保持不变).
 */
final class ReasonTautologyRule extends BaseRule {

    /** Words that make a reason a reason, not a restatement. */
    private static final Pattern CAUSE = Pattern.compile("因|由于|需要|根据|按照|调整|新增|安排|用于|实施|开展|购置|政策|标准|项目|人员|工资");
    private static final Pattern RESTATED = Pattern.compile("^(.{2,30}?)(经费|费用|支出)?(保持不变|增加|减少|持平|不变|下降|增长)$");

    ReasonTautologyRule() {
        super(RuleId.TEXT_REASON_TAUTOLOGY);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return tautologies(d);
    }

    /**
     * Reasons that name the item again and say it changed ("主要原因是公务接待费保持不变"), found in
     * the paragraphs themselves since the reason is often a sentence of its own; one finding per
     * document, with the count, as it is a matter of quality rather than of fact.
     */
    private List<Finding> tautologies(Disclosure d) {
        int count = 0;
        Finding first = null;
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof org.disclosurelens.model.Paragraph p)) {
                continue;
            }
            Matcher m = StatedReason.PATTERN.matcher(p.text());
            while (m.find()) {
                Matcher t = RESTATED.matcher(m.group(2).strip());
                String before = p.text().substring(Math.max(0, m.start() - 80), m.start());
                if (t.matches() && !CAUSE.matcher(t.group(1)).find() && sharesWords(t.group(1), before)) {
                    count++;
                    if (first == null) {
                        first = finding(d, b, Evidence.sentence(p.text(), m.start()), "", "");
                    }
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        return List.of(first.withMessages(count + "处变动原因只是重述变动本身（如“" + first.evidence() + "”），未说明原因",
                count + " reasons only restate the change they explain (e.g. \"" + first.evidence() + "\")"));
    }

    /** True when the two share a run of four characters (the item's own name in its reason). */
    private static boolean sharesWords(String a, String b) {
        for (int i = 0; i + 4 <= b.length(); i++) {
            if (a.contains(b.substring(i, i + 4))) {
                return true;
            }
        }
        return a.contains(b) || b.contains(a) && a.length() >= 2;
    }

}
