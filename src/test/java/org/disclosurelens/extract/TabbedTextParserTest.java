package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.junit.jupiter.api.Test;

/** Tika's text layout for Word tables: tab-started cells, blank-line rows, two blank lines end a table. */
class TabbedTextParserTest {

    @Test
    void readsCellsRowsAndTheParagraphAfterTheTable() {
        List<Block> blocks = TabbedTextParser.parse("标题\n\n\t项目\n\t金额\n\n\t合计\n\t2\n\n\n下一段\n");
        assertEquals(3, blocks.size());
        assertEquals("标题", ((Paragraph) blocks.get(0)).text());
        Table table = assertInstanceOf(Table.class, blocks.get(1));
        assertEquals(List.of(List.of("项目", "金额"), List.of("合计", "2")), table.grid());
        assertEquals(3, table.location().line());
        assertEquals("下一段", ((Paragraph) blocks.get(2)).text());
        assertEquals(10, blocks.get(2).location().line());
    }

    @Test
    void keepsEmptyCellsInTheirColumns() {
        Table table = (Table) TabbedTextParser.parse("\t3月底\n\t6月底\n\t12月底\n\n\t\n\t50.00%\n\t50.00%\n").get(0);
        assertEquals(List.of("", "50.00%", "50.00%"), table.grid().get(1));
    }

    @Test
    void continuesACellOverItsOwnParagraphsAndOneEmptyParagraph() {
        String text = "\t绩效目标\n\t1.专业业务培训\n\n2.宣传舆情处置\n3.确保不出重大舆情\n\n\n\t一级指标\n\t二级指标\n\n\n后文";
        List<Block> blocks = TabbedTextParser.parse(text);
        Table table = (Table) blocks.get(0);
        assertEquals(List.of("绩效目标", "1.专业业务培训\n2.宣传舆情处置\n3.确保不出重大舆情"), table.grid().get(0));
        assertEquals(List.of("一级指标", "二级指标"), table.grid().get(1));
        assertEquals("后文", ((Paragraph) blocks.get(1)).text());
    }

    @Test
    void readsTheSeedsTablesWithTheirRowCounts() {
        List<Integer> rows = TabbedTextParser.parse(SeedText.read()).stream()
                .filter(Table.class::isInstance).map(b -> ((Table) b).rows().size()).toList();
        // 机构设置, 三公, four 绩效目标表, 固定资产 (one cell holding the whole table, as Tika gave it).
        assertEquals(List.of(3, 9, 17, 17, 17, 17, 2), rows);
    }
}
