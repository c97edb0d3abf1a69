package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.disclosurelens.model.Paragraph;

/**
 * DRAFT-ITEM-NAME: a 三公 item named one character off its standard name ("公务车用车运行费" for
 * 公务用车运行费, in 万里街道's budgets of 2023 to 2025). The accepted ways of writing the names are
 * not typos: 经费 for 费, 运行维护费 for 运行费, 公务车 for 公务用车, 出国 with or without （境）.
 */
final class ItemNameTypoRule extends BaseRule {

    private static final List<String> NAMES = List.of("因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费",
            "公务接待费");
    /** A name of the 三公 family as prose writes it: 公务… or 因公… up to the first 费. */
    private static final Pattern CANDIDATE = Pattern.compile("(?:公务|因公)[\\p{IsHan}（）()]{1,8}?费");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    ItemNameTypoRule() {
        super(RuleId.DRAFT_ITEM_NAME);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            if (d.blocks().get(b) instanceof Paragraph p) {
                Map<String, String> typos = new LinkedHashMap<>();
                int first = -1;
                Matcher m = CANDIDATE.matcher(p.text());
                while (m.find()) {
                    String name = nearest(m.group());
                    if (!name.isEmpty() && typos.putIfAbsent(m.group(), name) == null && first < 0) {
                        first = m.start();
                    }
                }
                if (!typos.isEmpty()) {
                    findings.add(finding(d, b, Evidence.sentence(p.text(), first), zh(typos), en(typos)));
                }
            }
        }
        return findings;
    }

    /** The standard name {@code written} is one edit away from, or "" when it is one of them, an accepted form, or further. */
    static String nearest(String written) {
        String standard = written.replace("(", "（").replace(")", "）").replace("经费", "费").replace("运行维护费", "运行费")
                .replaceAll("公务车(?=购置|运行)", "公务用车").replace("出国费", "出国（境）费");
        if (NAMES.contains(standard)) {
            return "";
        }
        return NAMES.stream().filter(n -> ONE_EDIT.apply(standard, n) == 1).findFirst().orElse("");
    }

    private static String zh(Map<String, String> typos) {
        List<String> parts = new ArrayList<>();
        typos.forEach((w, n) -> parts.add("“" + w + "”应为“" + n + "”"));
        return "“三公”经费项目名称疑有笔误：" + String.join("，", parts);
    }

    private static String en(Map<String, String> typos) {
        List<String> parts = new ArrayList<>();
        typos.forEach((w, n) -> parts.add("\"" + w + "\" for \"" + n + "\""));
        return "a 三公 item name is one character off its standard name: " + String.join(", ", parts);
    }
}
