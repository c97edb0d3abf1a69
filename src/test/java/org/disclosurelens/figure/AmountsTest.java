package org.disclosurelens.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void convertsYuanWithThousandsSeparatorsToWanExactly() {
        Amount a = Amounts.cell("1,109,300.00", Unit.YUAN).orElseThrow();
        assertEquals("110.93", a.wanText());
        assertEquals("15621.1123", Amounts.cell("156,211,123", Unit.YUAN).orElseThrow().wanText());
    }

    @Test
    void readsFullWidthDigitsAndUnitsInsideTheNumber() {
        assertEquals("27.8", Amounts.cell("２７．８０", Unit.TEN_THOUSAND_YUAN).orElseThrow().wanText());
        assertEquals("1.2", Amounts.cell("1.2万", Unit.YUAN).orElseThrow().wanText());
        assertEquals("0.35", Amounts.cell("3.5千元", Unit.TEN_THOUSAND_YUAN).orElseThrow().wanText());
        assertEquals("20000", Amounts.cell("2亿元", Unit.YUAN).orElseThrow().wanText());
        assertEquals("-12.5", Amounts.cell("-12.50", Unit.TEN_THOUSAND_YUAN).orElseThrow().wanText());
    }

    @Test
    void readsPercentagesAsPercentNotMoney() {
        Amount a = Amounts.cell("50.00%", Unit.TEN_THOUSAND_YUAN).orElseThrow();
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals("50", a.percentText());
        assertEquals("", a.wanText());
        assertEquals("100", Amounts.cell("１００．００％", Unit.YUAN).orElseThrow().percentText());
    }

    @Test
    void leavesBlanksDashesAndTextAlone() {
        for (String s : List.of("", " ", "—", "-", "——", "无", "部门职责", "2020年度预算", "≥90圆满完成")) {
            assertTrue(Amounts.cell(s, Unit.YUAN).isEmpty(), s);
        }
    }

    @Test
    void findsAmountsInSentencesWithTheirUnits() {
        List<Amounts.Found> found = Amounts.find("基本支出 71.53万元，较上年增加28.78万元，减少57.14%，合计1,109,300.00元，共3亿5000万元。");
        assertEquals(List.of("71.53", "28.78", "", "110.93", "35000"),
                found.stream().map(f -> f.amount().wanText()).toList());
        assertEquals("57.14", found.get(2).amount().percentText());
        assertEquals("71.53万元", found.get(0).amount().text());
        assertEquals("基本支出 71.53万元，".indexOf("71"), found.get(0).start());
    }

    @Test
    void ignoresNumbersWithoutUnitsAndYears() {
        assertEquals(0, Amounts.find("2021年第1季度，24小时监测，培训10次").size());
    }
}
