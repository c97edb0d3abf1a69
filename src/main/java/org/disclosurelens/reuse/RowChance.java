package org.disclosurelens.reuse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How likely two departments of one kind, filling the same model's indicator row each for itself,
 * write the same 指标值 by chance. A model's threshold (≥98%, 100%, ≤15天, 有效提升) is printed alike
 * by every unit that uses it: chance 1. A count the unit sets (5台, ≥48处, ≥213个) agrees by chance
 * less often the more significant digits it has: a round or one-digit figure (5台, 1000人次) often,
 * two significant digits (48, 1500) seldom, three (213) hardly, four or more (10424) almost never; a
 * share the unit states for itself (签约覆盖率 ≥72%) agrees more often than a count. These priors are
 * deliberately cautious; the corpus, when it holds enough units printing the row's indicator, may
 * show that a figure is commoner still ({@link IndicatorIndex}).
 */
final class RowChance {

    /** Chance of a one-significant-digit count agreeing: 1 of about 3 to 5 likely choices. */
    static final double ONE_DIGIT = 0.3;
    /** Chance of a two-significant-digit count agreeing. */
    static final double TWO_DIGITS = 0.1;
    /** Chance of a count of three significant digits agreeing. */
    static final double THREE_DIGITS = 0.02;
    /** Chance of a count of four significant digits or more agreeing. */
    static final double MORE_DIGITS = 0.005;
    /**
     * Chance of a share the unit states for itself agreeing: one below 90% and not a multiple of 5
     * (签约覆盖率 ≥72%), where models set round thresholds (≥90%, ≥95%, 100%).
     */
    static final double OWN_SHARE = 0.3;
    /** A run is a copy when its rows agree by chance with at most this probability. */
    static final double COPY = 0.01;

    /** A count: a number with a measure word or unit of measure, not a share or a time limit. */
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:万|千|百|亿)?(?:元|个|件|次|人|台|家|所|场|条|篇|户|处|项|期|辆|套|名|批|份|册|起|亩|公里|米|吨|株|只|头"
                    + "|剂|盏|座|部|间|张|门|本|种|类|单|笔|宗|块|班|支|组|轮|例|升|毫升|公斤|千克|平方米|立方米|千瓦)");

    /** A share: a number before a percent sign. */
    private static final Pattern SHARE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    /** A figure without a unit of three significant digits or more, not a share (≥2672, 12.5万). */
    private static final Pattern BARE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?![\\d.])(?!\\s*[%％‰])");

    private RowChance() {
    }

    /** Whether rows that agree by chance with probability {@code chance} were copied (rounding aside). */
    static boolean copied(double chance) {
        return chance <= COPY * (1 + 1e-9);
    }

    /** Whether an indicator value sets a count ({@link #COUNT}). */
    static boolean counts(String value) {
        return COUNT.matcher(value).find();
    }

    /** The prior chance that an indicator value {@code value} agrees between two units by chance. */
    static double prior(String value) {
        double chance = 1;
        Matcher m = COUNT.matcher(value);
        while (m.find()) {
            chance = Math.min(chance, ofDigits(significantDigits(m.group(1))));
        }
        Matcher bare = BARE.matcher(value);
        while (bare.find()) {
            if (significantDigits(bare.group(1)) >= 3) {
                chance = Math.min(chance, ofDigits(significantDigits(bare.group(1))));
            }
        }
        Matcher share = SHARE.matcher(value);
        while (share.find()) {
            double percent = Double.parseDouble(share.group(1));
            if (percent < 90 && percent % 5 != 0) {
                chance = Math.min(chance, OWN_SHARE);
            }
        }
        return chance;
    }

    private static double ofDigits(int digits) {
        return digits <= 1 ? ONE_DIGIT : digits == 2 ? TWO_DIGITS : digits == 3 ? THREE_DIGITS : MORE_DIGITS;
    }

    /** Significant digits of a written number: 1000 has 1, 1500 has 2, 12.5 has 3, 0.5 has 1. */
    static int significantDigits(String number) {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '1' && c <= '9') {
                first = first < 0 ? count : first;
                last = count;
            }
            count += c >= '0' && c <= '9' ? 1 : 0;
        }
        return first < 0 ? 1 : last - first + 1;
    }
}
