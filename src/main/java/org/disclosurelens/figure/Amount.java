package org.disclosurelens.figure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as a disclosure states it: its value in the unit it is written in, that unit, and the
 * text it was read from. {@link #wan()} gives money in 万元, exactly (BigDecimal, never double).
 *
 * @param value the number in {@code unit}: 1,109,300.00 元 is 1109300.00 with unit YUAN; 1.2万元 is
 *     1.2 with unit TEN_THOUSAND_YUAN; 50.00% is 50.00 with unit PERCENT
 * @param text the number and unit as written, e.g. "1,109,300.00元", "110.93", "50.00%"
 */
public record Amount(BigDecimal value, Unit unit, String text) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        text = text == null ? "" : text;
    }

    /** The amount in 万元; empty for a percentage. */
    public Optional<BigDecimal> wan() {
        return unit.toWan(value);
    }

    /** The amount in 万元 as plain digits without trailing zeros ("110.93", "2", "15621.1123"); "" for a percentage. */
    public String wanText() {
        return wan().map(Amount::plain).orElse("");
    }

    /** For a percentage, its value as plain digits ("50", "57.14"); "" for money. */
    public String percentText() {
        return unit == Unit.PERCENT ? plain(value) : "";
    }

    /** A number without exponent or trailing zeros: the canonical text in CSV output. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }
}
