package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;

/**
 * TEXT-COMPARISON-YEAR: a change stated against a year it cannot be against. A budget compares with
 * the year before (比2025年预算增加 in a 2026 budget); final accounts with their own year's budget and
 * with the year before's outturn. "比2026年预算增加793.14万元" in a 2026 budget
 * (../shared/corpus-real 012, five times in its explanation) is the year's number updated everywhere,
 * also where last year's should stand; a figure compared with a year two back is last year's
 * sentence left in.
 *
 * <p>Only comparisons of money are read, so that the duties' development targets (比2020年增长30%)
 * stay out: the comparison word (比, 较, 与, 同, 以) and the year, then either a budget or outturn
 * word (预算, 决算, 年初预算, 执行数) or at once the move (增加, 减少, 增长, 下降, 持平, 相比) in a sentence
 * that states an amount in 元 or 万元. A budget's
 * comparison with an earlier year's 决算 or 执行数 is left alone: at budget time the year before has
 * no outturn yet, and a year two back has one.
 */
final class ComparisonYearRule extends BaseRule {

    /** "比2026年预算", "较2025年度决算数", "与2024年相比", "比2026年增加": the comparison word, the year and what follows. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?<![\\d上])(?:比|较|与|同|以)\\s*(\\d{4})\\s*年度?\\s*(?:(?:部门|单位)?(?:年初)?(预算|决算|执行)|(?=增加|减少|增长|下降|持平|相比|相同|上升|降低|减))");

    /** An amount of money: what a comparison of the budget states. */
    private static final Pattern MONEY = Pattern.compile("\\d\\s*(?:万元|元)");

    ComparisonYearRule() {
        super(RuleId.TEXT_COMPARISON_YEAR);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        java.util.OptionalInt own = yearOfKind(d);
        if (own.isEmpty()) {
            return findings;
        }
        String kind = d.identity().kind();
        int year = own.getAsInt();
        boolean accounts = kind.equals("决算");
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof Paragraph p)) {
                continue;
            }
            Matcher m = COMPARED.matcher(p.text());
            while (m.find()) {
                if (m.group(2) == null && !MONEY.matcher(Evidence.sentence(p.text(), m.end())).find()) {
                    continue; // a target of the department's work (比2020年增长30%), not its money
                }
                int named = Integer.parseInt(m.group(1));
                String base = m.group(2) == null ? "" : m.group(2);
                boolean fits = accounts ? named == year || named == year - 1
                        : named == year - 1 || named < year - 1 && !base.equals("预算") && !base.isEmpty();
                if (!fits) {
                    String expected = accounts ? year + "年预算或" + (year - 1) + "年决算" : (year - 1) + "年";
                    findings.add(finding(d, b, Evidence.sentence(p.text(), m.start()),
                            year + "年" + kind + "与" + named + "年比较，应与" + expected + "比较",
                            "a " + year + " " + (accounts ? "决算" : "budget") + " compares with " + named + "; it compares with "
                                    + (accounts ? "its own year's budget or " + (year - 1) + "'s outturn" : (year - 1)))
                            .withValues(Integer.toString(accounts ? year : year - 1), Integer.toString(named)));
                    break;
                }
            }
        }
        return findings;
    }
}
