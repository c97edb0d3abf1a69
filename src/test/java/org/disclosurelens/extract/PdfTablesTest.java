package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.Table;
import org.junit.jupiter.api.Test;

/** Table reconstruction on PDF pages built by hand: text runs and ruling lines at known positions. */
class PdfTablesTest {

    @Test
    void rebuildsARuledTableWithMergedCells() {
        // A header cell over two columns, a label cell over two rows.
        PdfPage p = new PdfPage(1);
        p.grid(new float[] {50, 150, 250, 350}, new float[] {100, 120, 140, 160});
        p.rulings.removeIf(r -> r.vertical() && r.x0() == 250 && r.y0() == 100);
        p.rulings.add(new Ruling(250, 120, 250, 160));
        p.rulings.removeIf(r -> r.horizontal() && r.y0() == 140 && r.x0() == 50);
        p.rulings.add(new Ruling(150, 140, 350, 140));
        p.text(60, 115, "项目").text(160, 115, "预算数").text(60, 145, "合计").text(160, 135, "1,000").text(260, 135, "2,000")
                .text(160, 155, "3").text(260, 155, "4");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("项目", "预算数", "预算数"), List.of("合计", "1,000", "2,000"), List.of("合计", "3", "4")), t.grid());
        assertEquals(2, t.rows().get(0).get(1).colSpan());
        assertEquals(2, t.rows().get(1).get(0).rowSpan());
    }

    @Test
    void joinsTableSplitAcrossPagesDroppingTheRepeatedHeader() {
        PdfPage p1 = new PdfPage(1);
        p1.grid(new float[] {50, 150, 250}, new float[] {700, 720, 740});
        p1.text(60, 715, "科目名称").text(160, 715, "金额").text(60, 735, "行政运行").text(160, 735, "1.00");
        PdfPage p2 = new PdfPage(2);
        p2.grid(new float[] {50, 150, 250}, new float[] {50, 70, 90});
        p2.text(60, 65, "科目名称").text(160, 65, "金额").text(60, 85, "事业运行").text(160, 85, "2.00");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("科目名称", "金额"), List.of("行政运行", "1.00"), List.of("事业运行", "2.00")), t.grid());
        assertEquals(2, t.rowLocation(2).page());
    }

    @Test
    void keepsTablesApartWhenTextSeparatesThem() {
        PdfPage p1 = new PdfPage(1);
        p1.grid(new float[] {50, 150, 250}, new float[] {700, 720, 740});
        p1.text(60, 715, "a").text(160, 715, "b").text(60, 735, "c").text(160, 735, "d");
        PdfPage p2 = new PdfPage(2);
        p2.text(50, 40, "二、下一张表的标题");
        p2.grid(new float[] {50, 150, 250}, new float[] {50, 70, 90});
        p2.text(60, 65, "e").text(160, 65, "f").text(60, 85, "g").text(160, 85, "h");
        List<Block> blocks = PdfBlockBuilder.build(List.of(p1.layout(), p2.layout()));
        assertEquals(3, blocks.size());
        assertInstanceOf(Paragraph.class, blocks.get(1));
    }

    @Test
    void mendsARowThePageBreakCutInTwo() {
        PdfPage p1 = new PdfPage(1);
        p1.grid(new float[] {50, 110, 235}, new float[] {700, 720, 740});
        p1.text(60, 715, "一级指标").text(120, 715, "描述").text(60, 735, "满意度").text(120, 735, "为经济社会发展提供良好环");
        PdfPage p2 = new PdfPage(2);
        p2.grid(new float[] {50, 110, 235}, new float[] {50, 70, 90});
        p2.text(120, 65, "境").text(60, 85, "效益").text(120, 85, "下一行");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("一级指标", "描述"), List.of("满意度", "为经济社会发展提供良好环境"), List.of("效益", "下一行")), t.grid());
    }

    @Test
    void mendsANumberThePageBreakCutAtItsPoint() {
        PdfPage p1 = new PdfPage(1);
        p1.grid(new float[] {50, 110, 155}, new float[] {700, 720, 740});
        p1.text(55, 715, "项目名称").text(115, 715, "运维").text(55, 735, "预算数").text(115, 735, "475300.");
        PdfPage p2 = new PdfPage(2);
        p2.grid(new float[] {50, 110, 155}, new float[] {50, 70, 90});
        p2.text(115, 65, "00").text(55, 85, "其他资金").text(115, 85, "0.00");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("项目名称", "运维"), List.of("预算数", "475300.00"), List.of("其他资金", "0.00")), t.grid());
    }

    @Test
    void keepsAShortValueOfTheNextPagesFirstRowInItsRow() {
        // Both cells of the last row fill their lines, as four-character labels do in narrow columns.
        PdfPage p1 = new PdfPage(1);
        p1.grid(new float[] {50, 110, 155}, new float[] {700, 720, 740});
        p1.text(55, 715, "数量指标").text(115, 715, "80台").text(55, 735, "时效指标").text(115, 735, "8月底前");
        PdfPage p2 = new PdfPage(2);
        p2.grid(new float[] {50, 110, 155}, new float[] {50, 70});
        p2.text(55, 65, "效益指标").text(115, 65, "≥8年");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("数量指标", "80台"), List.of("时效指标", "8月底前"), List.of("效益指标", "≥8年")), t.grid());
    }

    @Test
    void aBlankUnderAMergedCellIsThatCellGoingOnNotACutRow() {
        PdfPage p1 = new PdfPage(1);
        float[] xs = {50, 110, 170};
        p1.grid(xs, new float[] {700, 740});
        p1.rulings.add(new org.disclosurelens.model.Ruling(110, 720, 170, 720));
        p1.text(55, 715, "专户资金").text(115, 715, "小计").text(115, 735, "教育收费");
        PdfPage p2 = new PdfPage(2);
        p2.grid(xs, new float[] {50, 70, 90});
        p2.text(115, 65, "其他收入").text(55, 85, "其他资金").text(115, 85, "小计");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of("小计", "教育收费", "其他收入", "小计"), t.grid().stream().map(r -> r.get(1)).toList());
    }

    @Test
    void joinsWrappedLinesOfACellAndKeepsNumberedItemsApart() {
        PdfPage p = new PdfPage(1);
        p.grid(new float[] {50, 100, 300}, new float[] {100, 150});
        p.text(52, 115, "资金支出").text(52, 128, "计划").text(52, 141, "（%）")
                .text(102, 115, "1.完成设备安装").text(102, 128, "2.完成舆情处置");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("资金支出计划（%）", "1.完成设备安装\n2.完成舆情处置")), t.grid());
    }

    @Test
    void alignsAStreamTableByColumnsKeepingBlanksInPlace() {
        PdfPage p = new PdfPage(1);
        p.text(50, 100, "项目").text(200, 100, "上年").text(300, 100, "本年")
                .text(50, 115, "合计").text(200, 115, "5").text(300, 115, "6")
                .text(50, 130, "接待费").text(300, 130, "6");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("项目", "上年", "本年"), List.of("合计", "5", "6"), List.of("接待费", "", "6")), t.grid());
    }

    private static Block only(List<Block> blocks) {
        assertEquals(1, blocks.size(), blocks.toString());
        return blocks.get(0);
    }
}
