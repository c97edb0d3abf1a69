package org.disclosurelens.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuing unit from the ways city budgets print their cover title, and from the duties sentence. */
class IdentifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026年某某市交通运输局（本级）部/门预算/目 录                 | 某某市交通运输局（本级）
            某某市信访办公室部门 2026 年度部门预算/信息公开/目 录          | 某某市信访办公室
            2026 年度/某某市公安局治安管理/支队/单位预算/目录              | 某某市公安局治安管理支队
            2026 年度/某某市民政局(本级)/单位预算                        | 某某市民政局(本级)
            ./某某市信访局（本级）/2026年度部门预算公开/初审：张三           | 某某市信访局（本级）
            2026年中共某某市委宣传部（本级）/部门预算/目 录                 | 中共某某市委宣传部（本级）
            第一部分 2026 年度部门预算情况说明/一、部门情况说明/某某市人民政府办公厅主要职责包括：/1.协助市政府领导同志处理日常工作。 | 某某市人民政府办公厅
            """)
    void readsTheUnitFromTheCoverOrTheDuties(String lines, String unit) {
        assertEquals(unit, new Identifier().identify(blocks(lines), "budget.pdf").unit());
    }

    /** The title's year, also where 年 is dropped; a document number's year is no title's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某某市统计局/2025 部门预算情况的说明/一、部门情况说明                        | 2025
            某某市统计局/（某政发〔2019〕3号）预算管理/2025 度收入预算 100 万元           | 2025
            2024年度某某县林业局部门预算                                        | 2024
            某某县林业局/依据（某发〔2018〕31号）设立/2023年预算收入 10 万元，比 2022 年增加 | 2023
            """)
    void readsTheYearOfTheTitle(String lines, String year) {
        assertEquals(year, new Identifier().identify(blocks(lines), "budget.pdf").year());
    }

    private static List<Block> blocks(String lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines.split("/")) {
            blocks.add(new Paragraph(line.strip(), new Location(1, blocks.size() + 1)));
        }
        return blocks;
    }
}
