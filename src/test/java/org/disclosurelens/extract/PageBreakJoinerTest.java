package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Tables that go on over a page break, on pages built by hand: under a running head, under their
 * caption printed again, and what must stay apart (two forms under one caption, a head whose number
 * changes, a note and the next page's title).
 */
class PageBreakJoinerTest {

    private static final float[] COLUMNS = {50, 150, 250, 350};
    private static final String HEAD = "某某县交通运输局 2026年度部门预算公开";

    @Test
    void joinsATableContinuedWithoutItsHeaderUnderARunningHead() {
        PdfPage p1 = new PdfPage(1).text(50, 30, HEAD)
                .table(COLUMNS, 700, List.of(List.of("科目编码", "科目名称", "合计"), List.of("214", "交通运输支出", "30.00"),
                        List.of("21401", "公路水路运输", "30.00")));
        PdfPage p2 = new PdfPage(2).text(50, 30, HEAD)
                .table(COLUMNS, 50, List.of(List.of("2140101", "行政运行", "10.00"), List.of("2140199", "其他公路水路运输支出", "20.00")));
        PdfPage p3 = new PdfPage(3).text(50, 30, HEAD).text(50, 60, "第三部分 情况说明");
        List<Block> blocks = PdfBlockBuilder.build(List.of(p1.layout(), p2.layout(), p3.layout()));
        List<Table> tables = tables(blocks);
        assertEquals(1, tables.size(), blocks.toString());
        assertEquals(List.of("科目编码", "214", "21401", "2140101", "2140199"), column(tables.get(0), 0));
        assertEquals(2, tables.get(0).rowLocation(3).page());
        // The running head printed the same on every page is furniture: kept on the first page only.
        assertEquals(List.of(HEAD, "第三部分 情况说明"), paragraphs(blocks));
    }

    @Test
    void joinsATableWhoseCaptionAndHeaderRowsArePrintedAgainOnTheNextPage() {
        PdfPage p1 = caption(new PdfPage(1), "表 3", "支出总表")
                .table(COLUMNS, 700, List.of(List.of("科目编码", "科目名称", "支出总计"), List.of("208", "社会保障和就业支出", "654.07")));
        PdfPage p2 = caption(new PdfPage(2), "表 3", "支出总表")
                .table(COLUMNS, 100, List.of(List.of("科目编码", "科目名称", "支出总计"), List.of("20805", "行政事业单位养老支出", "654.07")));
        List<Block> blocks = PdfBlockBuilder.build(List.of(p1.layout(), p2.layout()));
        List<Table> tables = tables(blocks);
        assertEquals(1, tables.size(), blocks.toString());
        assertEquals(List.of("科目编码", "208", "20805"), column(tables.get(0), 0));
        // The caption printed again on page 2 goes with the repeated header: what is left is page 1's.
        assertEquals(paragraphs(PdfBlockBuilder.build(List.of(p1.layout()))), paragraphs(blocks));
    }

    /**
     * A table's head (its title across it, its unit) at the foot of a page and its header and body
     * on the next, on columns the head's two do not share (fresh seed 91001's g0094, an emptied 三公
     * table): one table. A first part holding an amount is no head, and stays apart.
     */
    @Test
    void joinsATablesHeadAtThePageFootToItsBodyOnTheNextPage() {
        float[] head = {50, 250, 350};
        List<List<String>> body = List.of(List.of("2020年预算数", "2021年预算数", "增减变化"), List.of("1.00", "2.00", "1.00"));
        PdfPage p1 = new PdfPage(1).table(head, 760, List.of(List.of("“三公”经费预算情况", ""), List.of("", "单位：万元")));
        PdfPage p2 = new PdfPage(2).table(new float[] {50, 120, 200, 350}, 50, body);
        List<Table> tables = tables(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(4, tables.get(0).rows().size(), tables.toString());

        PdfPage amount = new PdfPage(1).table(head, 760, List.of(List.of("合计", "5.00")));
        assertEquals(2, tables(PdfBlockBuilder.build(List.of(amount.layout(), p2.layout()))).size());
    }

    @Test
    void keepsTwoFilledInFormsUnderOneCaptionApart() {
        PdfPage p1 = caption(new PdfPage(1), "项目支出绩效目标表", "")
                .table(COLUMNS, 700, List.of(List.of("项目名称", "信访接待", ""), List.of("预算数", "10.00", "")));
        PdfPage p2 = caption(new PdfPage(2), "项目支出绩效目标表", "")
                .table(COLUMNS, 100, List.of(List.of("项目名称", "网上信访", ""), List.of("预算数", "20.00", "")));
        assertEquals(2, tables(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout()))).size());
    }

    @Test
    void keepsTablesApartWhenTheRunningHeadChangesItsNumber() {
        List<List<String>> rows = List.of(List.of("项目", "金额", ""), List.of("合计", "1.00", ""));
        PdfPage p1 = new PdfPage(1).text(600, 30, "部门公开表 3").table(COLUMNS, 700, rows);
        PdfPage p2 = new PdfPage(2).text(600, 30, "部门公开表 4").table(COLUMNS, 50, rows.subList(1, 2));
        PdfPage p3 = new PdfPage(3).text(600, 30, "部门公开表 5").table(COLUMNS, 50, rows);
        assertEquals(3, tables(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout(), p3.layout()))).size());
    }

    @Test
    void aNoteEndingItsSentenceDoesNotRunIntoTheNextPagesTitle() {
        String note = "注：本套报表金额单位转换时可能存在尾数误差，财政拨款收支情况包括一般公共预算拨款收支情况。";
        PdfPage p1 = new PdfPage(1).text(50, 800, note.substring(0, 45));
        p1.text(50, 815, note.substring(45));
        PdfPage p2 = new PdfPage(2).text(50, 30, "表 2").text(50, 50, "收入总表说明文字写在这一行，足够长，作为正文的一行文字。");
        // The note's last line runs to the right margin: it would continue onto the next page if it had not ended.
        List<String> texts = paragraphs(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals("表 2", texts.get(1), texts.toString());
    }

    private static PdfPage caption(PdfPage page, String title, String subtitle) {
        page.text(250, 30, title);
        if (!subtitle.isEmpty()) {
            page.text(250, 50, subtitle);
        }
        return page.text(50, 70, "部门名称：某某县信访局").text(450, 70, "单位：万元");
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Block::text).toList();
    }

    private static List<String> column(Table t, int c) {
        return t.grid().stream().map(row -> row.get(c)).toList();
    }
}
