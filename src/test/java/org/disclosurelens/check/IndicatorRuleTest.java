package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Location;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;
import org.junit.jupiter.api.Test;

/** IND-REPEATED on projects written by hand: what a copied block is, and what departments share by nature. */
class IndicatorRuleTest {

    private static final Location AT = new Location(1, 1);

    @Test
    void flagsABlockOfTheProjectsOwnMeasuresSharedByUnrelatedProjects() {
        Project a = project("网络舆情设备购置", "10.00", row("培训次数", "≥2次"), row("监测平台覆盖网站数", "≥300个"), row("群众满意度", "≥90%"));
        Project b = project("互联网宣传引导", "5.00", row("培训次数", "≥2次"), row("监测平台覆盖网站数", "≥300个"), row("群众满意度", "≥90%"));
        assertEquals(List.of("项目“网络舆情设备购置”与“互联网宣传引导”有3行绩效指标逐字相同：培训次数、监测平台覆盖网站数、群众满意度"),
                messages(a, b));
    }

    @Test
    void leavesTheRatesEveryProjectPrintsAndTheTranchesOfOneProgrammeAlone() {
        Project wages = project("警务辅助人员经费", "6000.00", row("工资发放准确率", "=100%"), row("工资发放及时率", "=100%"),
                row("聘用人员上访事件发生率", "=0"), row("投诉件数", "=0"));
        Project district = project("五城区交通警辅人员经费（区）", "5447.50", row("工资发放准确率", "=100%"), row("工资发放及时率", "=100%"),
                row("聘用人员上访事件发生率", "=0"), row("投诉件数", "=0"));
        assertEquals(List.of(), messages(wages, district));
        Project central = project("城乡居民医疗救助补助资金（中央和省级）", "900.00", row("人均补助标准", "≥400元"), row("补助人数", "≥5000人"),
                row("补助县区数", "≥8个"));
        Project local = project("城乡居民医疗救助（区县补助）", "300.00", row("人均补助标准", "≥400元"), row("补助人数", "≥5000人"),
                row("补助县区数", "≥8个"));
        assertEquals(List.of(), messages(central, local));
        assertTrue(RepeatedIndicatorsRule.oneProgramme("五城区交通警辅人员经费（区）", "五城区交通警辅人员经费"));
        assertFalse(RepeatedIndicatorsRule.oneProgramme("网信办网络舆情设备专项经费", "网信办互联网宣传引导专项经费"));
    }

    @Test
    void effectsStatedInWordsAreTheDepartmentsNotTheProjectsOwn() {
        Indicator saving = new Indicator("效益指标", "生态效益指标", "资源节约", "项目执行符合绿色办公要求", "切实做到", "", AT);
        Indicator lasting = new Indicator("效益指标", "可持续影响指标", "制度建设", "管理办法持续完善", "逐步健全", "", AT);
        Indicator served = new Indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "", "≥92%", "", AT);
        Project aid = project("农村法律服务补助", "12.00", saving, lasting, served, row("服务场次", "≥40场"));
        Project records = project("档案数字化加工", "30.00", saving, lasting, served, row("加工卷数", "≥8000卷"));
        assertEquals(List.of(), messages(aid, records));
        Indicator counted = new Indicator("效益指标", "社会效益指标", "受惠农户", "", "≥1200户", "", AT);
        Project aidWithCount = project("农村法律服务补助", "12.00", saving, counted, served, row("服务场次", "≥40场"));
        Project recordsWithCount = project("档案数字化加工", "30.00", saving, counted, served, row("服务场次", "≥40场"));
        assertEquals(1, messages(aidWithCount, recordsWithCount).size());
    }

    @Test
    void saysWhenOneProjectsTableIsPrintedTwice() {
        Project once = project("e福州留守困境儿童关爱帮扶专栏", "21.50", row("媒体发稿数量", "≥10篇"), row("受益对象满意度", "≥90%"));
        Project again = project("e福州留守困境儿童关爱帮扶专栏", "21.50", row("媒体发稿数量", "≥10篇"), row("受益对象满意度", "≥90%"));
        assertEquals(List.of("项目“e福州留守困境儿童关爱帮扶专栏”的绩效目标表印了两次（2行绩效指标逐字相同）"), messages(once, again));
    }

    @Test
    void oneThresholdSharedByRatesIsNaturalOneValueForEverythingIsBoilerplate() {
        Project rates = project("外伤医疗费用结算审核服务费", "50.00", row("审核准确率", "≥95%"), row("结算及时率", "≥95%"),
                row("资金拨付及时率", "≥95%"), row("服务对象满意度", "≥95%"), row("预算执行率", "≥95%"), row("审核件数", "≥3000件"));
        assertEquals(List.of(), new BoilerplateIndicatorRule().boilerplate(List.of(rates)));
        Project filler = project("网信办舆情处置", "4.60", row("重点文章发表", "≥90圆满完成"), row("完成时间", "≥90圆满完成"),
                row("处置舆情数", "≥90圆满完成"), row("生态效益", "≥90圆满完成"), row("群众满意度", "≥90%"));
        assertEquals(1, new BoilerplateIndicatorRule().boilerplate(List.of(filler)).size());
    }

    private static List<String> messages(Project... projects) {
        return new RepeatedIndicatorsRule().repeated(List.of(projects)).stream().map(Finding::messageZh).toList();
    }

    private static Project project(String name, String budget, Indicator... rows) {
        return new Project("", name, "某局", Amounts.cell(budget, Unit.TEN_THOUSAND_YUAN), Optional.empty(), Optional.empty(), "",
                List.of(), List.of(), List.of(rows), AT);
    }

    private static Indicator row(String level3, String value) {
        return new Indicator("产出指标", "数量指标", level3, "", value, "", AT);
    }
}
