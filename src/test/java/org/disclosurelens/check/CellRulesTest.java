package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Location;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;
import org.junit.jupiter.api.Test;

/** CELL-NEGATIVE-AMOUNT and CELL-SHARE-OVER-100 on tables written by hand. */
class CellRulesTest {

    private static final Rule NEGATIVE = new NegativeAmountRule();
    private static final Location AT = new Location(1, 1);

    @Test
    void aNegativeAmountIsFlaggedInAColumnOfAmountsNotInAColumnOfChanges() {
        List<List<String>> rows = List.of(
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("201", "一般公共服务支出", "120.00", "100.00", "20.00"),
                List.of("20101", "人大事务", "120.00", "100.00", "20.00"),
                List.of("2010101", "行政运行", "140.00", "100.00", "40.00"),
                List.of("2010102", "一般行政管理事务", "-20.00", "0.00", "-20.00"),
                List.of("合计", "", "120.00", "100.00", "20.00"));
        List<Finding> found = NEGATIVE.check(new Disclosures().table("2026年一般公共预算支出功能分类预算表", rows).build());
        assertEquals(List.of("“2026年一般公共预算支出功能分类预算表”中一般行政管理事务（合计）为负数-20.00，表中共2处负数"),
                found.stream().map(Finding::messageZh).toList());
        assertEquals("-20.00", found.get(0).actual());

        List<List<String>> changes = List.of(
                List.of("科目编码", "科目名称", "2026年预算数", "2025年执行数", "增减额", "增减率"),
                List.of("201", "一般公共服务支出", "80.00", "100.00", "-20.00", "-20.00%"),
                List.of("2010101", "行政运行", "80.00", "100.00", "-20.00", "-20.00%"),
                List.of("合计", "", "80.00", "100.00", "-20.00", "-20.00%"));
        assertEquals(List.of(), NEGATIVE.check(new Disclosures().table("2026年一般公共预算支出功能分类预算表", changes).build()));
    }

    @Test
    void aShareOfAWholeOver100IsFlaggedARateOfChangeOrAchievementIsNot() {
        Project p = new Project("", "档案数字化", "某局", Amounts.cell("30.00", Unit.TEN_THOUSAND_YUAN), Optional.empty(), Optional.empty(), "",
                List.of(), List.of(), List.of(
                        row("服务对象满意度指标", "来访人员满意度", "≥955%"),
                        row("质量指标", "档案数字化合格率", "1000%"),
                        row("质量指标", "设施完好率", "100%"),
                        row("数量指标", "新增用户增长率", "≥150%"),
                        row("数量指标", "年度任务完成率", "≥110%"),
                        row("时效指标", "工程进度", "120%"),
                        row("社会效益指标", "群众知晓程度", "不低于95%")), AT);
        assertEquals(List.of("来访人员满意度 955%", "档案数字化合格率 1000%"),
                new ShareOverHundredRule().shares(List.of(p)).stream().map(f -> f.evidence().split(" \\| ")[2] + " " + f.actual()).toList());
    }

    private static Indicator row(String level2, String level3, String value) {
        return new Indicator("产出指标", level2, level3, "", value, "", AT);
    }
}
