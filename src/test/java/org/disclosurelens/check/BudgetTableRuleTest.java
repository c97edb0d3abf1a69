package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DataExtractor;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.data.Headline;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Layout;
import org.junit.jupiter.api.Test;

/**
 * The budget tables' own sums on tables written out by hand in the shapes city budgets print:
 * a row per unit with its lines below it, 小计 and 其中 columns, a line printed twice.
 */
class BudgetTableRuleTest {

    @Test
    void checksEachUnitsLinesAgainstItsOwnRowAndTakesTheDepartmentsRowAsTheTotal() {
        // Shenzhen's 支出总表: the department's row, then each unit's row with its classification lines.
        List<List<Cell>> rows = new ArrayList<>(List.of(
                row("预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"),
                row("某局", "", "", "30.00", "20.00", "10.00"),
                row("某局（本级）", "", "", "18.00", "12.00", "6.00"),
                row("", "208", "社会保障和就业支出", "18.00", "12.00", "6.00"),
                row("", "20805", "行政事业单位养老支出", "18.00", "12.00", "6.00"),
                row("", "2080501", "行政单位离退休", "18.00", "12.00", "6.00"),
                row("某中心", "", "", "12.00", "8.00", "4.00"),
                row("", "208", "社会保障和就业支出", "12.00", "8.00", "4.00"),
                row("", "20805", "行政事业单位养老支出", "12.00", "8.00", "4.00"),
                row("", "2080502", "事业单位离退休", "12.00", "8.00", "4.00")));
        Disclosure d = disclosure("支出总表", rows);
        assertEquals(List.of(), messages(d, new TableHierarchyRule()));
        assertEquals(List.of(), messages(d, new TableTotalRowRule()));
        assertEquals("20", d.data().headline().get(Headline.Total.BASIC).orElseThrow().wanText());

        rows.set(9, row("", "2080502", "事业单位离退休", "11.00", "8.00", "3.00"));
        assertEquals(List.of("“支出总表”中行政事业单位养老支出（支出总计）为12.00万元，但下级科目合计11万元",
                "“支出总表”中行政事业单位养老支出（项目支出）为4.00万元，但下级科目合计3万元"),
                messages(disclosure("支出总表", rows), new TableHierarchyRule()));
    }

    @Test
    void addsATotalColumnThroughTheSubtotalOfEachHeadingAndLeavesItsShareColumnsOut() {
        List<List<Cell>> rows = List.of(
                row2(cells(c("科目编码", 1, 3), c("科目名称", 1, 3), c("合计", 1, 3), c("当年预算", 5, 1), c("政府采购", 2, 1))),
                row2(cells(c("小计", 1, 2), c("基本支出", 3, 1), c("项目支出", 1, 2), c("小计", 1, 2), c("其中：中小企业", 1, 2))),
                row("小计", "人员经费", "公用经费"),
                row("201", "一般公共服务支出", "30.00", "30.00", "20.00", "15.00", "5.00", "10.00", "8.00", "3.00"),
                row("20140", "信访事务", "30.00", "30.00", "20.00", "15.00", "5.00", "10.00", "8.00", "3.00"));
        Disclosure d = disclosure("本年一般公共预算支出表", rows);
        assertEquals(List.of(), messages(d, new TableColumnsRule()));

        List<List<Cell>> wrong = new ArrayList<>(rows);
        wrong.set(4, row("20140", "信访事务", "30.00", "30.00", "20.00", "15.00", "4.00", "10.00", "8.00", "3.00"));
        assertEquals(List.of("“本年一般公共预算支出表”中信访事务的合计列为20.00万元，但各列合计19万元"),
                messages(disclosure("本年一般公共预算支出表", wrong), new TableColumnsRule()));
    }

    /** A table in 元 is spoken of in 元 on both sides (it read "16200.10 … add up to 1.62万元"). */
    @Test
    void speaksOneUnitInAMessage() {
        org.disclosurelens.figure.Amount printed = new org.disclosurelens.figure.Amount(new java.math.BigDecimal("16200.10"),
                org.disclosurelens.figure.Unit.YUAN, "16,200.10");
        assertEquals("16,200.10元 | 16200元", Sums.written(printed) + " | " + Sums.showAs(new java.math.BigDecimal("1.62"), printed));
        org.disclosurelens.figure.Amount prose = new org.disclosurelens.figure.Amount(new java.math.BigDecimal("110.93"),
                org.disclosurelens.figure.Unit.TEN_THOUSAND_YUAN, "110.93万元");
        assertEquals("110.93万元 | 111万元", Sums.written(prose) + " | " + Sums.showAs(new java.math.BigDecimal("111"), prose));
    }

    @Test
    void countsALinePrintedTwiceUnderItsParentOnce() {
        // 无锡 发改委 prints its 项 line 2199999 with the 款 code: "21999 其他支出 502.00" twice under 219.
        Disclosure d = disclosure("支出总表", List.of(
                row("科目编码", "科目名称", "合计", "项目支出"),
                row("219", "援助其他地区支出", "502.00", "502.00"),
                row("21999", "其他支出", "502.00", "502.00"),
                row("21999", "其他支出", "502.00", "502.00")));
        assertEquals(List.of(), messages(d, new TableHierarchyRule()));
    }

    private static List<String> messages(Disclosure d, Rule rule) {
        return rule.check(d).stream().map(Finding::messageZh).toList();
    }

    private static Disclosure disclosure(String title, List<List<Cell>> rows) {
        List<Block> blocks = List.of(new Paragraph(title, new Location(1, 1)), new Paragraph("单位：万元", new Location(1, 2)),
                new Table(rows, new Location(1, 3)));
        DocumentStructure structure = new DocumentStructure(Layout.UNKNOWN, List.of(), List.of());
        DocumentData data = new DataExtractor().extract(blocks, structure, "某局", "2026");
        return new Disclosure("test", DocumentIdentity.UNKNOWN, structure, blocks, data);
    }

    private static List<Cell> row(String... texts) {
        return java.util.Arrays.stream(texts).map(Cell::new).toList();
    }

    private static List<Cell> row2(List<Cell> cells) {
        return cells;
    }

    private static List<Cell> cells(Cell... cells) {
        return List.of(cells);
    }

    private static Cell c(String text, int colSpan, int rowSpan) {
        return new Cell(text, colSpan, rowSpan);
    }
}
