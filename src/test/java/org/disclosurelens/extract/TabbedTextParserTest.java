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
    void restoresTheColumnSpansOfHeaderRowsFromTheEmptyContinuationsBelow() {
        // Shanghai's “三公” table: a merged cell is written once, a vertical merge's continuation as an
        // empty cell, so 公务用车购置及运行费 sits over 小计 | 购置费 | 运行费 and 公务接待费 over its own column.
        String text = "\t“三公”经费预算数\n\t机关运行经费预算数\n\n\t合计\n\t因公出国（境）费\n\t公务用车购置及运行费\n\t公务接待费\n\t\n\n"
                + "\t\n\t\n\t小计\n\t购置费\n\t运行费\n\t\n\t\n\n\t4.79\n\t0.00\n\t2.45\n\t0.00\n\t2.45\n\t2.34\n\t10.86\n";
        Table table = (Table) TabbedTextParser.parse(text).get(0);
        assertEquals(List.of("“三公”经费预算数", "“三公”经费预算数", "“三公”经费预算数", "“三公”经费预算数", "“三公”经费预算数",
                "“三公”经费预算数", "机关运行经费预算数"), table.grid().get(0));
        assertEquals(List.of("合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费",
                "公务接待费", ""), table.grid().get(1));
        assertEquals(List.of("2.34", "10.86"), table.grid().get(3).subList(5, 7));
    }

    @Test
    void keepsTheAmountsOfAShortTotalRowUnderTheirColumns() {
        // 合计 spans 科目编码 and 科目名称 in the Word table; Tika writes it once.
        String text = "\t科目编码\n\t科目名称\n\t合计\n\t人员经费\n\t公用经费\n\n\t301\n\t工资福利支出\n\t190.94\n\t190.94\n\t0.00\n\n"
                + "\t合计\n\t201.80\n\t190.94\n\t10.86\n";
        Table table = (Table) TabbedTextParser.parse(text).get(0);
        assertEquals(List.of("合计", "合计", "201.80", "190.94", "10.86"), table.grid().get(2));
    }

    @Test
    void leavesShortRowsAloneWhenTheRowBelowCannotPlaceThem() {
        // No empty continuation below: where the spans go is unknown, so nothing is guessed.
        String text = "\t项目编码\n\tSH01\n\t项目名称\n\n\t一级指标\n\t二级指标\n\t三级指标\n\t描述\n\t指标值\n\n"
                + "\t产出\n\t数量\n\t人数\n\t培训人数\n\t5\n";
        Table table = (Table) TabbedTextParser.parse(text).get(0);
        assertEquals(List.of("项目编码", "SH01", "项目名称", "", ""), table.grid().get(0));
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
