package org.disclosurelens.figure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The units amounts are written in. Money converts to 万元, the unit researchers compare in,
 * by an exact power of ten; a percentage is not money and has no conversion.
 */
public enum Unit {
    YUAN("元", -4),
    THOUSAND_YUAN("千元", -1),
    TEN_THOUSAND_YUAN("万元", 0),
    MILLION_YUAN("百万元", 2),
    HUNDRED_MILLION_YUAN("亿元", 4),
    PERCENT("%", 0);

    private final String written;
    private final int shift;

    Unit(String written, int shift) {
        this.written = written;
        this.shift = shift;
    }

    /** The unit as a disclosure writes it: 元, 万元, %. */
    public String written() {
        return written;
    }

    public boolean money() {
        return this != PERCENT;
    }

    /** {@code value} in this unit expressed in 万元, exactly; PERCENT has no 万元 value. */
    public Optional<BigDecimal> toWan(BigDecimal value) {
        return money() ? Optional.of(value.movePointRight(shift)) : Optional.empty();
    }

    /** {@code wan} 万元 expressed in this unit, exactly (10000 for 1万元 in 元); money units only. */
    public BigDecimal fromWan(BigDecimal wan) {
        return wan.movePointLeft(shift);
    }

    /** The unit a label such as 元, 万元, 单位：千元 or （单位：万元） names, if any. */
    public static Optional<Unit> named(String text) {
        String t = text.replaceAll("[\\s（）()：:单位]", "");
        return switch (t) {
            case "元", "人民币元" -> Optional.of(YUAN);
            case "千元" -> Optional.of(THOUSAND_YUAN);
            case "万元", "人民币万元" -> Optional.of(TEN_THOUSAND_YUAN);
            case "百万元" -> Optional.of(MILLION_YUAN);
            case "亿元" -> Optional.of(HUNDRED_MILLION_YUAN);
            case "%", "％" -> Optional.of(PERCENT);
            default -> Optional.empty();
        };
    }
}
