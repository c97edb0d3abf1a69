package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The many ways real budgets state a total and its change on last year, so that the rules reading
 * them are tested on more than one sentence: 较上年增加, 与上年相比 … 增长 x%, 比上年预算 … 增幅 x%,
 * last year's amount named as the base (与上年预算X万元相比, 以上年预算X万元为基数), the change before the
 * amount (比上年增加Y万元，达到X万元), and amounts in 元 instead of 万元. Percentages are of last year's
 * amount, rounded to two decimals.
 */
enum ChangeForm {
    /** X万元，较上年增加Y万元 (the form of the seed). */
    COMPARED,
    /** X万元，与上年相比增加Y万元，增长Z%. */
    WITH_RATE,
    /** X万元，比上年预算增加Y万元，增幅Z%. */
    BUDGET_RATE,
    /** X万元，与上年预算W万元相比，增加Y万元，增长Z%. */
    BASE_NAMED,
    /** X万元，以上年预算W万元为基数，增加Y万元，增长Z%. */
    BASE_YEAR,
    /** 比上年增加Y万元，达到X万元. */
    CHANGE_FIRST,
    /** X元，较上年增加Y元. */
    IN_YUAN;

    /** The sentence (without its full stop) stating {@code subject}'s amount {@code now} and its change from {@code before}. */
    String write(String subject, BigDecimal now, BigDecimal before) {
        return write(subject, now, before, "上年");
    }

    /**
     * As {@link #write(String, BigDecimal, BigDecimal)}, with {@code base} naming the year compared
     * with ("上年", or a year: "2025年").
     */
    String write(String subject, BigDecimal now, BigDecimal before, String base) {
        int sign = now.compareTo(before);
        BigDecimal delta = now.subtract(before).abs();
        String more = sign > 0 ? "增加" : "减少";
        String rate = before.signum() == 0 ? "" : rate(sign, delta, before);
        if (sign == 0) {
            return this == CHANGE_FIRST ? subject + "与" + base + "持平，为" + wan(now) : subject + amount(now) + "，与" + base + "持平";
        }
        return switch (this) {
            case COMPARED -> subject + wan(now) + "，较" + base + more + wan(delta);
            case WITH_RATE -> subject + wan(now) + "，与" + base + "相比" + more + wan(delta) + rate;
            case BUDGET_RATE -> subject + wan(now) + "，比" + base + "预算" + more + wan(delta)
                    + (rate.isEmpty() ? "" : "，" + (sign > 0 ? "增幅" : "降幅") + percent(delta, before));
            case BASE_NAMED -> subject + wan(now) + "，与" + base + "预算" + wan(before) + "相比，" + more + wan(delta) + rate;
            case BASE_YEAR -> subject + wan(now) + "，以" + base + "预算" + wan(before) + "为基数，" + more + wan(delta) + rate;
            case CHANGE_FIRST -> subject + "比" + base + more + wan(delta) + "，达到" + wan(now);
            case IN_YUAN -> subject + yuan(now) + "，较" + base + more + yuan(delta);
        };
    }

    private String amount(BigDecimal yuan) {
        return this == IN_YUAN ? yuan(yuan) : wan(yuan);
    }

    private static String rate(int sign, BigDecimal delta, BigDecimal before) {
        return "，" + (sign > 0 ? "增长" : "下降") + percent(delta, before);
    }

    private static String percent(BigDecimal delta, BigDecimal before) {
        return delta.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String wan(BigDecimal yuan) {
        return Prose.wan(yuan);
    }

    private static String yuan(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "元";
    }
}
