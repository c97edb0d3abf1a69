package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Paragraph;

/**
 * TEXT-FINAL-DIRECTION: final accounts (决算) explain each line as "年初预算为X万元，支出决算为Y万元。
 * 决算数小于预算数的主要原因：…". The stated direction (大于, 小于, 等于) must be what X and Y are; a
 * reason written for the other direction, or copied from the line above, explains a difference
 * that is not there (../shared/corpus-real 007: 大于 where 1511.89 is below 1560.05). The claim is
 * read against the last pair of amounts before it in its paragraph; "基本持平" is left alone (it
 * allows a small difference).
 */
final class FinalDirectionRule extends BaseRule {

    /** "年初预算为 1560.05 万元，支出决算为 1511.89 万元": the budget and the outturn of one line. */
    private static final Pattern PAIR = Pattern.compile(
            "年初预算(?:数)?为?\\s*(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(万元|元)[，,；;\\s]*(?:支出)?决算(?:数)?为?\\s*(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(万元|元)");
    /** "决算数大于预算数", "决算数小于年初预算数", "决算数等于预算数". */
    private static final Pattern CLAIM = Pattern.compile("决算数?(大于|小于|等于|高于|低于)(?:年初)?预算数?");

    FinalDirectionRule() {
        super(RuleId.TEXT_FINAL_DIRECTION);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            if (d.blocks().get(b) instanceof Paragraph p) {
                check(d, b, p.text(), findings);
            }
        }
        return findings;
    }

    private void check(Disclosure d, int block, String text, List<Finding> findings) {
        Matcher claim = CLAIM.matcher(text);
        while (claim.find()) {
            Matcher pair = PAIR.matcher(text.substring(0, claim.start()));
            BigDecimal budget = null;
            BigDecimal outturn = null;
            while (pair.find()) {
                budget = wan(pair.group(1), pair.group(2));
                outturn = wan(pair.group(3), pair.group(4));
            }
            if (budget == null) {
                continue;
            }
            String said = claim.group(1);
            int actual = outturn.compareTo(budget);
            int stated = switch (said) {
                case "大于", "高于" -> 1;
                case "小于", "低于" -> -1;
                default -> 0;
            };
            if (actual != stated) {
                String is = actual > 0 ? "大于" : actual < 0 ? "小于" : "等于";
                findings.add(finding(d, block, Evidence.sentence(text, claim.start()),
                        "文中称决算数" + said + "预算数，但所列年初预算" + Sums.show(budget) + "万元、支出决算" + Sums.show(outturn)
                                + "万元，决算数" + is + "预算数",
                        "the text says the outturn is " + english(stated) + " the budget, but its amounts are " + Sums.show(budget)
                                + "万元 (budget) and " + Sums.show(outturn) + "万元 (outturn): " + english(actual))
                        .withValues(is, said));
            }
        }
    }

    private static String english(int direction) {
        return direction > 0 ? "above" : direction < 0 ? "below" : "equal to";
    }

    /** The amount in 万元, as figure.Unit converts it (the pattern admits 元 and 万元 only). */
    private static BigDecimal wan(String number, String unit) {
        BigDecimal n = new BigDecimal(number.replaceAll("[,，]", ""));
        return Unit.named(unit).flatMap(u -> u.toWan(n)).orElseThrow();
    }
}
