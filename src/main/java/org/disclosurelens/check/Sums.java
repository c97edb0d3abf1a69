package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Unit;

/**
 * Exact arithmetic on printed amounts, in 万元, with the rounding tolerance the rules state: 0.01万元
 * for amounts in 万元 or larger units (whose trailing zeros are often dropped: "39.4万元" is 39.40),
 * and one unit in the last printed digit for amounts in 元 (exact to the yuan, or to the fen).
 */
public final class Sums {

    public static final BigDecimal CENT_OF_WAN = new BigDecimal("0.01");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,，]*(\\.(\\d+))?");

    private Sums() {
    }

    /** The amount in 万元, or empty for a percentage. */
    static Optional<BigDecimal> wan(Amount a) {
        return a.wan();
    }

    static BigDecimal wan(Optional<Amount> a) {
        return a.flatMap(Amount::wan).orElse(BigDecimal.ZERO);
    }

    static BigDecimal sum(List<Amount> parts) {
        return parts.stream().map(a -> a.wan().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How far a printed total may be from its computed value before it is an error, in 万元. */
    public static BigDecimal tolerance(Amount printed) {
        return printed.unit() == Unit.YUAN ? lastDigit(printed) : CENT_OF_WAN;
    }

    /** True when {@code printed} differs from {@code computed} by more than its tolerance. */
    static boolean differs(Amount printed, BigDecimal computed) {
        return differs(printed, computed, List.of());
    }

    /**
     * True when {@code printed} differs from the sum of {@code parts} by more than the tolerance:
     * that of the total, or, for amounts in 元, one unit in the last digit of the least precise part
     * (a total printed to the fen over lines printed to the yuan).
     */
    static boolean differs(Amount printed, BigDecimal computed, List<Amount> parts) {
        BigDecimal tolerance = tolerance(printed);
        for (Amount part : parts) {
            tolerance = tolerance.max(tolerance(part));
        }
        BigDecimal limit = tolerance;
        return wan(printed).map(p -> p.subtract(computed).abs().compareTo(limit) > 0).orElse(false);
    }

    /**
     * True when {@code printed} differs from the sum of the printed {@code parts} by more than their
     * rounding can explain: half a unit in the last digit of each part (13 lines of a 决算 table in
     * 万元 to 0.01 may add up to 0.06 more or less than their printed 小计), and at least the total's
     * own tolerance. A zero is exact.
     */
    static boolean differsRounded(Amount printed, BigDecimal computed, List<Amount> parts) {
        BigDecimal rounding = parts.stream().filter(p -> wan(p).map(v -> v.signum() != 0).orElse(false))
                .map(p -> tolerance(p).divide(BigDecimal.valueOf(2))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = tolerance(printed).max(rounding);
        return wan(printed).map(p -> p.subtract(computed).abs().compareTo(limit) > 0).orElse(false);
    }

    /** One unit in the last printed digit, in 万元: 110.93万元 gives 0.01, 156,211,123元 gives 0.0001. */
    static BigDecimal lastDigit(Amount a) {
        Matcher m = NUMBER.matcher(a.text());
        int decimals = 2;
        String last = null;
        while (m.find()) {
            last = m.group(2);
            decimals = last == null ? 0 : last.length();
        }
        BigDecimal unitDigit = BigDecimal.ONE.movePointLeft(a.text().isEmpty() ? 2 : decimals);
        return a.unit().toWan(unitDigit).orElse(unitDigit);
    }

    /**
     * A printed amount with its unit, as a message shows it beside a computed one: the text as
     * printed, and the unit after it when the text (a table cell) has none: 16200.10元.
     */
    static String written(Amount printed) {
        String text = printed.text().strip();
        return !printed.unit().money() || text.endsWith("元") ? text : text + printed.unit().written();
    }

    /**
     * A computed amount in 万元 written in the unit of {@code printed}, the amount it is set against,
     * so that a message speaks one unit (16200.00元 beside 16200.10元, never 1.62 beside 16200.10).
     */
    static String showAs(BigDecimal wan, Amount printed) {
        return printed.unit().money() ? Amount.plain(printed.unit().fromWan(wan)) + printed.unit().written() : show(wan) + "万元";
    }

    /** An amount in 万元 as written in anomalies.csv: plain, without trailing zeros. */
    public static String show(BigDecimal wan) {
        return Amount.plain(wan);
    }
}
