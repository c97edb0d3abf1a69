package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TEXT-TABLE-AMOUNT against the table the text describes, on tables and sentences written by hand. */
class TextVsTableRuleTest {

    private static final List<String> HEADER = List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出");

    @Test
    void comparesATextAboutTheGeneralBudgetWithTheGeneralBudgetTable() {
        // All funds: 6286.21 (事业收入 included); 一般公共预算: 5826.21, which the text states.
        Disclosures d = new Disclosures()
                .table("部门支出总表", List.of(HEADER, List.of("201", "一般公共服务支出", "6286.21", "6286.21", ""),
                        List.of("20101", "人大事务", "6286.21", "6286.21", ""), List.of("2010101", "行政运行", "6286.21", "6286.21", "")))
                .table("一般公共预算支出表", List.of(HEADER, List.of("201", "一般公共服务支出", "5826.21", "5826.21", ""),
                        List.of("20101", "人大事务", "5826.21", "5826.21", ""), List.of("2010101", "行政运行", "5826.21", "5826.21", "")))
                .text("（三）一般公共预算当年拨款支出情况",
                        "1.一般公共服务支出（类）人大事务（款）行政运行（项）2026年预算数为5,826.21万元，比2025年执行数增加271.14万元。");
        assertEquals(List.of(), messages(d));

        d.text("2.一般公共服务支出（类）人大事务（款）行政运行（项）2026年预算数为5,836.21万元。");
        assertEquals(List.of("文中“一般公共服务支出/人大事务/行政运行”2.一般公共服务支出（类）人大事务（款）行政运行（项）2026年预算数为"
                + "5,836.21万元，但一般公共预算支出表中为5826.21万元"), messages(d));
    }

    @Test
    void leavesOutThePurposesListedAfterTheLinesAmount() {
        Disclosures d = new Disclosures()
                .table("一般公共预算支出表", List.of(HEADER, List.of("201", "一般公共服务支出", "1153.00", "", "1153.00"),
                        List.of("20106", "财政事务", "1153.00", "", "1153.00"), List.of("2010699", "其他财政事务支出", "1153.00", "", "1153.00")))
                .text("（4）一般公共服务支出（类）财政事务（款）其他财政事务支出（项）1153.00万元，主要用于局本级会计管理经费652.00万元、"
                        + "项目评审经费支出371.00万元、票据管理经费支出10.00万元、专项业务经费等支出120.00万元。");
        assertEquals(List.of(), messages(d));
    }

    @Test
    void readsTheLinesAmountForTheBudgetYearNotLastYearsOutturnBesideIt() {
        Disclosures d = new Disclosures()
                .table("一般公共预算支出表", List.of(List.of("科目编码", "科目名称", "2025年执行数", "2026年预算数"),
                        List.of("210", "卫生健康支出", "218.91", ""), List.of("21011", "行政事业单位医疗", "218.91", ""),
                        List.of("2101101", "行政单位医疗", "218.91", "")))
                .text("12.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）2026年预算数为0.00万元，比2025年执行数减少218.91万元。");
        assertEquals(List.of(), messages(d));
    }

    private static List<String> messages(Disclosures d) {
        return new TextTableAmountRule().check(d.build()).stream().map(Finding::messageZh).toList();
    }
}
