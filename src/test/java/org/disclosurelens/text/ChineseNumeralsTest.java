package org.disclosurelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsNumeralsUpToNinetyNine() {
        assertEquals(1, ChineseNumerals.parse("一"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(11, ChineseNumerals.parse("十一"));
        assertEquals(20, ChineseNumerals.parse("二十"));
        assertEquals(24, ChineseNumerals.parse("二十四"));
        assertEquals(2, ChineseNumerals.parse("两"));
        assertEquals(7, ChineseNumerals.parse("7"));
        assertEquals(-1, ChineseNumerals.parse("十一二"));
        assertEquals(-1, ChineseNumerals.parse(""));
    }

    @Test
    void writesNumeralsBack() {
        assertEquals("九", ChineseNumerals.format(9));
        assertEquals("十", ChineseNumerals.format(10));
        assertEquals("十二", ChineseNumerals.format(12));
        assertEquals("三十", ChineseNumerals.format(30));
    }
}
