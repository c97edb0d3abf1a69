package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;

/**
 * Drafting debris left in a published disclosure. DRAFT-TEMPLATE-TEXT: instructions of the
 * template ("（按…填写）", "部门应根据实际情况进行解释", "增加（减少）") and placeholders (XX, ××,
 * 某某); DRAFT-REPEATED-WORD: a word typed twice ("增加增加"). One finding per paragraph, listing
 * what it holds, so a template full of XX does not bury the rest. Paragraphs only: table headers
 * legitimately repeat words.
 */
final class DraftingDebrisRule extends BaseRule {

    private static final Pattern TEMPLATE = Pattern.compile(
            "[（(]按[^）)]{1,60}?填[写报][）)]|部门应根据实际情况|根据实际情况进行(解释|说明|增减)|增加[（(]减少[)）]|增长[（(]下降[)）]"
                    + "|(?<![A-Za-z0-9])(XX|X{3,}|××+|xx)(?![A-Za-z0-9])|某某|[（(]此处[^）)]{0,20}[）)]|请填写");
    /** A word of two to four characters typed twice in a row; single characters repeat legitimately (年年). */
    private static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    /** Repetitions that are legitimate words or phrases. */
    private static final Pattern LEGITIMATE = Pattern.compile("^(研究研究|学习学习|讨论讨论|常常|天天|年年|月月|人人|事事|处处|时时)$");

    private final boolean repeated;

    DraftingDebrisRule(boolean repeated) {
        super(repeated ? RuleId.DRAFT_REPEATED_WORD : RuleId.DRAFT_TEMPLATE_TEXT);
        this.repeated = repeated;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof Paragraph p)) {
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            int first = -1;
            Matcher m = (repeated ? REPEATED : TEMPLATE).matcher(p.text());
            while (m.find()) {
                if (!(repeated && LEGITIMATE.matcher(m.group()).matches()) && found.add(m.group()) && first < 0) {
                    first = m.start();
                }
            }
            if (!found.isEmpty()) {
                String words = String.join("”“", found);
                findings.add(finding(d, b, Evidence.sentence(p.text(), first),
                        (repeated ? "词语重复“" : "文中残留模板说明或占位符“") + words + "”",
                        (repeated ? "repeated word \"" : "template instruction or placeholder left in the text: \"")
                                + words + "\""));
            }
        }
        return findings;
    }
}
