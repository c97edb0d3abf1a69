package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The chance that two units filling one model write an indicator value alike. */
class RowChanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1000   | 1
            1500   | 2
            12.5   | 3
            0.5    | 1
            10424  | 5
            7      | 1
            """)
    void countsSignificantDigits(String number, int digits) {
        assertEquals(digits, RowChance.significantDigits(number));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥98%            | 1
            100%            | 1
            ≤15天           | 1
            有效提升         | 1
            ≥90圆满完成      | 1
            5台             | 0.3
            1000人次        | 0.3
            ≥48处           | 0.1
            ≥213个          | 0.02
            ≥10424人        | 0.005
            ≥2672           | 0.005
            ≥72%            | 0.3
            ≥85%            | 1
            """)
    void givesEachValueItsPrior(String value, double prior) {
        assertEquals(prior, RowChance.prior(value), 1e-12);
    }

    @Test
    void aRunIsACopyWhenItsRowsHardlyAgreeByChance() {
        assertTrue(RowChance.copied(RowChance.prior("≥213个") * RowChance.prior("5台")), "0.006");
        assertTrue(RowChance.copied(RowChance.prior("≥48处") * RowChance.prior("≥76场")), "0.01, at the bound");
        assertFalse(RowChance.copied(RowChance.prior("5台") * RowChance.prior("100%")), "0.3");
        assertFalse(RowChance.copied(RowChance.prior("≥93个") * RowChance.prior("2台")), "0.03");
        assertFalse(RowChance.copied(RowChance.prior("0") * RowChance.prior("≥90圆满完成")), "placeholders");
    }
}
