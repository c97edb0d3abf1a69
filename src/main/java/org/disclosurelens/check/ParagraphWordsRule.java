package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;

/**
 * Words of drafting debris found in paragraphs: one finding per paragraph, listing each distinct
 * word it holds, so a template full of XX does not bury the rest. Paragraphs only: table headers
 * legitimately repeat words and print fillers.
 */
abstract class ParagraphWordsRule extends BaseRule {

    private final Pattern words;

    ParagraphWordsRule(RuleId rule, Pattern words) {
        super(rule);
        this.words = words;
    }

    /** True when a match is debris (not a legitimate word that looks like it). */
    boolean debris(String match) {
        return true;
    }

    /** The finding's message in Chinese and English for the words found, joined. */
    abstract String zh(String words);

    abstract String en(String words);

    @Override
    public final List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof Paragraph p)) {
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            int first = -1;
            Matcher m = words.matcher(p.text());
            while (m.find()) {
                if (debris(m.group()) && found.add(m.group()) && first < 0) {
                    first = m.start();
                }
            }
            if (!found.isEmpty()) {
                String listed = String.join("”“", found);
                findings.add(finding(d, b, Evidence.sentence(p.text(), first), zh(listed), en(listed)));
            }
        }
        return findings;
    }
}
