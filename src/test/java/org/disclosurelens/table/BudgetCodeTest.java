package org.disclosurelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes printed at the start of a name cell, as city budgets print them without a code column. */
class BudgetCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [2011301]行政运行              | 2011301 | 行政运行
            【30217】公务接待费             | 30217   | 公务接待费
            ［208］ 社会保障和就业支出        | 208     | 社会保障和就业支出
            20805 行政事业单位养老支出         | 20805   | 行政事业单位养老支出
            2080505机关事业单位基本养老保险缴费 | 2080505 | 机关事业单位基本养老保险缴费
            """)
    void readsACodePrintedBeforeTheName(String cell, String code, String name) {
        BudgetCode.Named named = BudgetCode.leading(cell).orElseThrow();
        assertEquals(code, named.code().code());
        assertEquals(name, named.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年预算数
            行政运行
            [2023]
            1234 行政运行
            30217.50
            300万元以上设备
            201人
            100 项目
            """)
    void leavesOtherCellsAlone(String cell) {
        assertEquals(java.util.Optional.empty(), BudgetCode.leading(cell));
    }
}
