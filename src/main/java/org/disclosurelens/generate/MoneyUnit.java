package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The unit a table prints its amounts in. Amounts are held in 元; 万元 divides by 10,000. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal divisor;

    MoneyUnit(String label, BigDecimal divisor) {
        this.label = label;
        this.divisor = divisor;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }

    /** 0.10 in this unit, expressed in 元: the size of a planted arithmetic error. */
    public BigDecimal tenCents() {
        return new BigDecimal("0.10").multiply(divisor);
    }

    /** The amount in this unit with two decimals, optionally grouped by thousands (1,109,300.00). */
    public String table(BigDecimal yuan, boolean grouping) {
        BigDecimal value = yuan.divide(divisor, 2, RoundingMode.UNNECESSARY);
        if (!grouping) {
            return value.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** An amount in 万元 as prose prints it: no trailing zeros (39.4万元, 2万元, 0万元). */
    public static String prose(BigDecimal yuan) {
        BigDecimal wan = yuan.divide(WAN_YUAN.divisor, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return wan.signum() == 0 ? "0" : wan.toPlainString();
    }
}
