package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;

/**
 * DRAFT-DOUBLED-PUNCTUATION: a full stop, comma, enumeration comma, semicolon or colon typed twice
 * (。。, ，，, 、、, ；；, ：：), a slip of editing left in the published text. Paragraphs only (table
 * cells hold dashes and dots as fillers); the ellipsis (……) and the dash (——) are doubled by rule
 * and are not among the marks. One finding per paragraph.
 */
final class DoubledPunctuationRule extends BaseRule {

    private static final Pattern DOUBLED = Pattern.compile("([。，、；：])\\1");

    DoubledPunctuationRule() {
        super(RuleId.DRAFT_DOUBLED_PUNCTUATION);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            if (d.blocks().get(b) instanceof Paragraph p) {
                Matcher m = DOUBLED.matcher(p.text());
                if (m.find()) {
                    findings.add(finding(d, b, Evidence.cap(around(p.text(), m.start())), "标点重复“" + m.group() + "”",
                            "punctuation typed twice: \"" + m.group() + "\""));
                }
            }
        }
        return findings;
    }

    /** Up to 30 characters each side of {@code at}: the doubled mark usually ends the sentence it would be cut with. */
    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 32)).strip();
    }
}
