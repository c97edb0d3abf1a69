package org.disclosurelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Layout;
import org.junit.jupiter.api.Test;

/** Recognisers on tables written out by hand, in the shapes the templates use. */
class TableRecognisersTest {

    @Test
    void readsAThreePublicTableWithItemsAcrossItsHeader() {
        LocatedTable t = locate("部门“三公”经费和机关运行经费预算表", "单位:万元", table(
                row(c("2024年“三公”经费预算数", 6, 1), c("2024年机关运行经费预算数", 1, 3)),
                row(c("合计", 1, 2), c("因公出国(境)费", 1, 2), c("公务接待费", 1, 2), c("公务用车购置及运行费", 3, 1)),
                row(c("小计"), c("购置费"), c("运行费")),
                row(c("47.91"), c("0"), c("1.35"), c("46.56"), c("25"), c("21.56"), c("443.18"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total=47.91", "outbound=0", "reception=1.35", "vehicle=46.56", "vehicle_purchase=25",
                "vehicle_operation=21.56", "operating_cost=443.18"), d.rows().stream()
                .map(r -> r.item().label() + "=" + r.current().orElseThrow().wanText()).toList());
        assertEquals("2024年“三公”经费预算数", d.rows().get(0).currentHeader());
    }

    @Test
    void readsBudgetAndOutturnOfAFinalAccountsThreePublicTable() {
        LocatedTable t = locate("财政拨款“三公”经费支出决算表", "单位：万元", table(
                row(c("合计", 2, 1), c("因公出国（境）费", 2, 1), c("公务接待费", 2, 1)),
                row(c("预算数"), c("决算数"), c("预算数"), c("决算数"), c("预算数"), c("决算数")),
                row(c("3"), c("2.5"), c("1"), c("0.5"), c("2"), c("2"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total 3/2.5", "outbound 1/0.5", "reception 2/2"), d.rows().stream().map(r -> r.item().label() + " "
                + r.previous().orElseThrow().wanText() + "/" + r.current().orElseThrow().wanText()).toList());
        assertEquals("决算数", d.rows().get(0).currentHeader());
    }

    @Test
    void readsItemsDownTheFirstColumnWithSubItems() {
        LocatedTable t = locate("“三公”经费支出情况", "单位：万元", table(
                row(c("项目"), c("上年预算数"), c("本年预算数"), c("增减"), c("原因")),
                row(c("公务用车购置及运行费"), c("10"), c("8"), c("-2"), c("压减")),
                row(c("其中：公务用车购置费"), c("4"), c("0"), c("-4"), c("")),
                row(c("公务用车运行费"), c("6"), c("8"), c("2"), c("")),
                row(c("合计"), c("10"), c("8"), c("-2"), c(""))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("vehicle", "vehicle_purchase", "vehicle_operation", "total"),
                d.rows().stream().map(r -> r.item().label()).toList());
        assertEquals("-4", d.rows().get(1).change().orElseThrow().wanText());
    }

    @Test
    void readsAThreePublicTableWhoseRowsAreYearsAndWhoseItemsSplitIntoFunds() {
        // Shenzhen's 财政拨款“三公”经费支出表: a row per year and one of changes; each item in three fund columns.
        List<Cell> funds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            funds.addAll(List.of(c("一般公共预算"), c("政府性基金预算"), c("国有资本经营预算")));
        }
        LocatedTable t = locate("财政拨款“三公”经费支出表", "部门名称：某局 单位：万元", table(
                row(c("预算单位", 1, 2), c("年度", 1, 2), c("总计", 3, 1), c("因公出国(境)费", 3, 1), c("公务接待费", 3, 1)),
                funds,
                row(c("某局", 1, 3), c("2025 年"), c("40.31"), c("0.00"), c("0.00"), c("0.80"), c("0.00"), c("0.00"), c("39.51"),
                        c("0.00"), c("0.00")),
                row(c("2026 年"), c("35.10"), c("0.00"), c("1.00"), c("28.00"), c("0.00"), c("0.00"), c("6.10"), c("0.00"), c("1.00")),
                row(c("增减变化金额"), c("-5.21"), c("0.00"), c("1.00"), c("27.20"), c("0.00"), c("0.00"), c("-33.41"), c("0.00"), c("1.00"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total 40.31 -> 36.1 (-4.21)", "outbound 0.8 -> 28 (27.2)", "reception 39.51 -> 7.1 (-32.41)"),
                d.rows().stream().map(r -> r.item().label() + " " + r.previous().orElseThrow().wanText() + " -> "
                        + r.current().orElseThrow().wanText() + " (" + r.change().orElseThrow().wanText() + ")").toList());
        assertEquals("2026年", d.rows().get(0).currentHeader());
    }

    @Test
    void readsAThreePublicTableInThreeBlocksLastYearThisYearAndChange() {
        LocatedTable t = locate("“三公”经费预算表", "单位：万元", table(
                row(c("上年预算数", 3, 1), c("本年预算数", 3, 1), c("增减", 3, 1)),
                row(c("合计"), c("因公出国（境）费"), c("公务接待费"), c("合计"), c("因公出国（境）费"), c("公务接待费"), c("合计"),
                        c("因公出国（境）费"), c("公务接待费")),
                row(c("16"), c("10"), c("6"), c("6.51"), c("0"), c("6.51"), c("-9.49"), c("-10"), c("0.51"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total 16 -> 6.51 (-9.49)", "outbound 10 -> 0 (-10)", "reception 6 -> 6.51 (0.51)"),
                d.rows().stream().map(r -> r.item().label() + " " + r.previous().orElseThrow().wanText() + " -> "
                        + r.current().orElseThrow().wanText() + " (" + r.change().orElseThrow().wanText() + ")").toList());
    }

    @Test
    void readsAThreePublicTableUnderARowOfColumnNumbers() {
        // Huzhou's tables print "** | 1 | 2 | …" under the header: column numbers, not amounts.
        LocatedTable t = locate("2026年市级部门“三公”经费预算表", "单位：万元", table(
                row(c("单位名称", 1, 2), c("“三公”经费合计", 1, 2), c("因公出国(境)费用", 1, 2), c("公务用车购置及运行费", 3, 1),
                        c("公务接待费", 1, 2)),
                row(c("小计"), c("公务用车购置费"), c("公务用车运行维护费")),
                row(c("**"), c("1"), c("2"), c("3"), c("4"), c("5"), c("6")),
                row(c("合计"), c("749.83"), c(""), c("698.30"), c("120.00"), c("578.30"), c("51.53")),
                row(c("某局本级"), c("700.00"), c(""), c("680.00"), c("120.00"), c("560.00"), c("20.00"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total=749.83", "vehicle=698.3", "vehicle_purchase=120", "vehicle_operation=578.3", "reception=51.53"),
                d.rows().stream().filter(r -> r.current().isPresent())
                        .map(r -> r.item().label() + "=" + r.current().orElseThrow().wanText()).toList());
        assertEquals("“三公”经费合计", d.rows().get(0).label());
    }

    @Test
    void readsAVerticalThreePublicTableWithItsTotalFirst() {
        LocatedTable t = locate("2026年度一般公共预算“三公”经费支出预算表", "单位：万元", table(
                row(c("项目"), c("预算数")),
                row(c("合计"), c("1354.68")),
                row(c("1、因公出国（境）费用"), c("5.38")),
                row(c("2、公务接待费"), c("14.09")),
                row(c("3、公务用车购置及运行费"), c("1335.21")),
                row(c("其中：（1）公务用车购置费"), c("221.04")),
                row(c("（2）公务用车运行费"), c("1114.17"))));
        ThreePublicTable d = (ThreePublicTable) new ThreePublicRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("total=1354.68", "outbound=5.38", "reception=14.09", "vehicle=1335.21", "vehicle_purchase=221.04",
                "vehicle_operation=1114.17"), d.rows().stream().map(r -> r.item().label() + "=" + r.current().orElseThrow().wanText()).toList());
        assertEquals("预算数", d.rows().get(0).currentHeader());
    }

    @Test
    void splitsClassificationCodesAndConvertsYuan() {
        LocatedTable t = locate("2024年部门支出预算总表", "编制部门：某街道办事处 单位：元", table(
                row(c("项目", 4, 1), c("支出预算", 3, 1)),
                row(c("功能分类科目编码", 3, 1), c("功能分类科目名称", 1, 2), c("合计", 1, 2), c("基本支出", 1, 2), c("项目支出", 1, 2)),
                row(c("类"), c("款"), c("项")),
                row(c("208"), c(""), c(""), c("社会保障和就业支出"), c("19,604,064"), c("13,368,164"), c("6,235,900")),
                row(c("208"), c("05"), c(""), c("行政事业单位养老支出"), c("7,234,970"), c("7,234,970"), c("0")),
                row(c("208"), c("05"), c("01"), c("行政单位离退休"), c("243,120"), c("243,120"), c("0")),
                row(c("合计", 4, 1), c("19,604,064"), c("13,368,164"), c("6,235,900"))));
        BudgetTable b = (BudgetTable) new BudgetTableRecogniser().recognise(t).orElseThrow();
        assertEquals(TableKind.EXPENDITURE, b.kind());
        BudgetLine line = b.lines().get(2);
        assertEquals("2080501", line.code().orElseThrow().code());
        assertEquals(List.of("社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休"),
                List.of(line.leiName(), line.kuanName(), line.xiangName()));
        assertEquals("24.312", line.amount("合计").orElseThrow().wanText());
        assertEquals("支出预算/合计", line.amounts().get(0).header());
        assertEquals("1960.4064", b.lines().get(3).amount("合计").orElseThrow().wanText());
        assertTrue(b.lines().get(3).code().isEmpty());
    }

    @Test
    void readsEconomicCodesWrittenInLeiAndKuanColumnsOnly() {
        LocatedTable t = locate("2024年部门一般公共预算基本支出部门预算经济分类预算表", "单位：元", table(
                row(c("项目", 3, 1), c("一般公共预算基本支出", 3, 1)),
                row(c("部门预算经济分类科目编码", 2, 1), c("经济分类科目名称", 1, 2), c("合计", 1, 2), c("人员经费", 1, 2), c("公用经费", 1, 2)),
                row(c("类"), c("款")),
                row(c("301"), c(""), c("工资福利支出"), c("88,282,511"), c("88,282,511"), c("0")),
                row(c("301"), c("2"), c("津贴补贴"), c("16,623,810"), c("16,623,810"), c("0"))));
        BudgetTable b = (BudgetTable) new BudgetTableRecogniser().recognise(t).orElseThrow();
        BudgetLine line = b.lines().get(1);
        assertEquals("30102", line.code().orElseThrow().code());
        assertEquals(List.of("津贴补贴", "工资福利支出", "津贴补贴"), List.of(line.name(), line.leiName(), line.kuanName()));
        assertEquals(List.of("1662.381", "1662.381", "0"), line.amounts().stream().map(a -> a.amount().wanText()).toList());
    }

    @Test
    void readsBothHalvesOfATablePrintedSideBySide() {
        LocatedTable t = locate("一般公共预算财政拨款基本支出决算表", "单位：万元", table(
                row(c("经济分类科目编码", 2, 1), c("科目名称", 1, 2), c("决算数", 1, 2), c("经济分类科目编码", 2, 1), c("科目名称", 1, 2),
                        c("决算数", 1, 2)),
                row(c("类"), c("款"), c("类"), c("款")),
                row(c("301"), c(""), c("工资福利支出"), c("95.36"), c("302"), c(""), c("商品和服务支出"), c("10.23")),
                row(c("301"), c("01"), c("基本工资"), c("14.12"), c("302"), c("01"), c("办公费"), c("3.78")),
                row(c("人员经费合计", 3, 1), c("95.36"), c("公用经费合计", 3, 1), c("10.23"))));
        BudgetTable b = (BudgetTable) new BudgetTableRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("301 工资福利支出 95.36", "30101 基本工资 14.12", " 人员经费合计 95.36", "302 商品和服务支出 10.23",
                "30201 办公费 3.78", " 公用经费合计 10.23"), b.lines().stream().map(l -> l.code().map(BudgetCode::code).orElse("")
                + " " + l.name() + " " + l.amounts().stream().map(a -> a.amount().wanText()).reduce("", String::concat)).toList());
    }

    @Test
    void readsBothSidesOfASummaryTable() {
        LocatedTable t = locate("收支预算总表", "单位：万元", table(
                row(c("收入", 2, 1), c("支出", 2, 1)),
                row(c("项目"), c("金额"), c("项目"), c("金额")),
                row(c("一、财政拨款"), c("18,330.37"), c("一、一般公共服务支出"), c("13,907.78")),
                row(c("收入合计"), c("18,330.37"), c("支出合计"), c("18,330.37"))));
        BudgetTable b = (BudgetTable) new SummaryTableRecogniser().recognise(t).orElseThrow();
        assertEquals(List.of("一、财政拨款|收入/金额=18330.37", "一、一般公共服务支出|支出/金额=13907.78",
                "收入合计|收入/金额=18330.37", "支出合计|支出/金额=18330.37"), b.lines().stream()
                .map(l -> l.name() + "|" + l.amounts().get(0).header() + "=" + l.amounts().get(0).amount().wanText()).toList());
    }

    @Test
    void readsAnIndicatorTableWhoseHeadersSitBelowALabelColumn() {
        LocatedTable t = locate("财政项目支出绩效目标填报表", "", table(
                row(c("项目名称"), c("新建服务中心"), c("项目性质"), c("阶段性项目")),
                row(c("项目资金（元）", 1, 2), c("项目资金总额"), c("4,100,000.00", 2, 1)),
                row(c("其中：财政资金"), c("4,100,000.00", 2, 1)),
                row(c("绩效指标", 1, 3), c("一级指标"), c("二级指标"), c("年度(/项目)指标值")),
                row(c("产出指标", 1, 2), c("数量指标"), c("≥13459.00(平方米)")),
                row(c("质量指标"), c("及时率"))));
        Project p = ((ProjectTable) new PerformanceTargetRecogniser().recognise(t).orElseThrow()).project();
        assertEquals("410", p.budget().orElseThrow().wanText());
        assertEquals("元", p.budget().orElseThrow().unit().written());
        assertEquals(List.of("产出指标|数量指标|≥13459.00(平方米)", "产出指标|质量指标|及时率"),
                p.indicators().stream().map(i -> i.level1() + "|" + i.level2() + "|" + i.value()).toList());
    }

    private static LocatedTable locate(String title, String unitLine, Table table) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(title, new Location(0, 1)));
        if (!unitLine.isEmpty()) {
            blocks.add(new Paragraph(unitLine, new Location(0, 2)));
        }
        blocks.add(table);
        return TableLocator.locate(blocks, new DocumentStructure(Layout.UNKNOWN, List.of(), List.of())).get(0);
    }

    private static Table table(List<Cell>... rows) {
        return new Table(List.of(rows), new Location(0, 3));
    }

    private static List<Cell> row(Cell... cells) {
        return List.of(cells);
    }

    private static Cell c(String text) {
        return new Cell(text);
    }

    private static Cell c(String text, int colSpan, int rowSpan) {
        return new Cell(text, colSpan, rowSpan);
    }
}
