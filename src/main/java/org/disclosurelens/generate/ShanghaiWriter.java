package org.disclosurelens.generate;

import static org.disclosurelens.structure.CanonicalPart.BUDGET_OVERVIEW;
import static org.disclosurelens.structure.CanonicalPart.BUDGET_TABLES;
import static org.disclosurelens.structure.CanonicalPart.DUTIES_ORGANISATION;
import static org.disclosurelens.structure.CanonicalPart.GLOSSARY;
import static org.disclosurelens.structure.CanonicalPart.OPERATING_COST;
import static org.disclosurelens.structure.CanonicalPart.OTHER;
import static org.disclosurelens.structure.CanonicalPart.PERFORMANCE;
import static org.disclosurelens.structure.CanonicalPart.PROCUREMENT;
import static org.disclosurelens.structure.CanonicalPart.PROJECT_EXPLANATIONS;
import static org.disclosurelens.structure.CanonicalPart.STATE_ASSETS;
import static org.disclosurelens.structure.CanonicalPart.THREE_PUBLIC;

import java.util.List;
import org.disclosurelens.generate.BudgetTables.FunctionLine;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.text.ChineseNumerals;

/**
 * Shanghai district budgets (corpus/real/012): a cover with 预算主管部门, a numbered table of
 * contents, then the body's unnumbered titles — 主要职能, 机构设置, 名词解释, 编制说明, the budget
 * tables, 其他相关情况说明 and one 项目经费情况说明 per project.
 */
final class ShanghaiWriter implements LayoutWriter {

    private static final List<String> TOC = List.of("一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明",
            "五、部门预算表", "六、其他相关情况说明", "七、项目经费情况说明");

    @Override
    public Rendition write(Disclosure d) {
        Rendition.Builder b = new Rendition.Builder();
        b.paragraph("上海市" + d.place().county().name() + d.year() + "年区级部门预算");
        b.paragraph("预算主管部门：" + d.unit());
        b.paragraph("目  录");
        TOC.forEach(entry -> b.paragraph(entry + "………………………………"));
        b.part(List.of(d.unit() + "主要职能"), "一", d.unit() + "主要职能", DUTIES_ORGANISATION);
        b.paragraph(d.unit() + "是主管本区相关工作的区政府工作部门，主要职责是：");
        for (int i = 0; i < d.texts().duties().size(); i++) {
            b.paragraph("（" + ChineseNumerals.format(i + 1) + "）" + d.texts().duties().get(i));
        }
        b.part(List.of(d.unit() + "机构设置"), "二", d.unit() + "机构设置", DUTIES_ORGANISATION);
        List<List<String>> units = d.texts().institutions();
        b.paragraph(d.unit() + "部门预算是包括本部以及下属" + (units.size() - 1) + "家预算单位的综合收支计划。");
        for (int i = 0; i < units.size(); i++) {
            b.paragraph((i + 1) + ". " + units.get(i).get(0) + (i == 0 ? "本部" : ""));
        }
        b.part(List.of("名词解释"), "三", "名词解释", GLOSSARY);
        List<String> glossary = Prose.glossary(d, "shanghai");
        for (int i = 0; i < glossary.size(); i++) {
            b.paragraph("（" + ChineseNumerals.format(i + 1) + "）" + glossary.get(i));
        }
        explanation(d, b);
        tables(d, b);
        other(d, b);
        for (Project p : d.projects()) {
            project(d, p, b);
        }
        return b.build();
    }

    private static void explanation(Disclosure d, Rendition.Builder b) {
        Figures f = d.figures();
        String title = (d.texts().staleTitle() ? d.year() - 1 : d.year()) + "年部门预算编制说明";
        b.part(List.of(title), "四", title, BUDGET_OVERVIEW);
        b.paragraph(d.year() + "年，" + d.unit() + "收入预算" + Prose.wan(f.income()) + "，其中：财政拨款收入"
                + Prose.wan(f.incomeGeneral()) + "，比" + (d.printing().has(Slip.OWN_YEAR_COMPARED) ? d.year() : d.year() - 1) + "年预算" + Prose.change(f.income(), f.lastYear(), "持平")
                + "；其他收入" + Prose.wan(f.incomeOther()) + "。");
        b.paragraph("支出预算" + Prose.wan(f.expenditure()) + "，其中：基本支出" + Prose.wan(f.basic()) + "，项目支出"
                + Prose.wan(f.projectTotal()) + "。");
        b.paragraph("财政拨款支出主要内容如下：");
        int n = 1;
        for (FunctionLine line : BudgetTables.functionLines(d)) {
            if (line.code().length() == 7) {
                Catalog c = Catalog.get();
                b.paragraph(n++ + "、" + c.name(line.code().substring(0, 3)) + "（" + line.code().substring(0, 3) + "类）"
                        + c.name(line.code().substring(0, 5)) + "（" + line.code().substring(3, 5) + "款）" + line.name()
                        + "（" + line.code().substring(5) + "项）" + Prose.wan(line.total()) + "。");
            }
        }
    }

    private static void tables(Disclosure d, Rendition.Builder b) {
        String unitLine = "编制部门：" + d.unit();
        table(b, d.year() + "年部门财务收支预算总表", BudgetTables.summary(d, unitLine));
        table(b, d.year() + "年部门一般公共预算支出功能分类预算表", BudgetTables.functions(d, unitLine));
        table(b, d.year() + "年部门一般公共预算基本支出部门预算经济分类预算表", BudgetTables.economic(d, unitLine));
        // The table carries the 三公 and 机关运行经费 figures, so its title names those parts too.
        table(b, d.year() + "年部门“三公”经费和机关运行经费预算表", BudgetTables.threePublicAndOperating(d, unitLine),
                THREE_PUBLIC, OPERATING_COST);
    }

    private static void table(Rendition.Builder b, String title, Table table, CanonicalPart... alsoNamed) {
        CanonicalPart[] named = new CanonicalPart[alsoNamed.length + 1];
        named[0] = BUDGET_TABLES;
        System.arraycopy(alsoNamed, 0, named, 1, alsoNamed.length);
        b.part(List.of(title), "五", title, named);
        b.table(table);
    }

    private static void other(Disclosure d, Rendition.Builder b) {
        b.part(List.of("其他相关情况说明"), "六", "其他相关情况说明", OTHER);
        b.heading("一、" + d.year() + "年“三公”经费预算情况说明", THREE_PUBLIC);
        b.paragraph(Prose.threePublic(d));
        b.heading("二、机关运行经费预算", OPERATING_COST);
        b.paragraph(d.year() + "年" + d.unit() + "机关运行经费预算为" + Prose.wan(d.operatingTotal()) + "。");
        b.heading("三、政府采购预算情况", PROCUREMENT);
        b.paragraph(Prose.procurement(d));
        b.heading("四、绩效目标设置情况", PERFORMANCE);
        b.paragraph(Prose.performance(d));
        d.texts().overallGoals().forEach(b::paragraph);
        b.heading("五、国有资产占有使用情况", STATE_ASSETS);
        b.paragraph(Prose.vehicles(d));
    }

    private static void project(Disclosure d, Project p, Rendition.Builder b) {
        String title = p.name() + "项目经费情况说明";
        b.part(List.of(title), "七", title, PROJECT_EXPLANATIONS);
        b.heading("一、项目概述");
        b.paragraph(p.purpose() + "。");
        b.heading("二、立项依据");
        b.paragraph("根据" + d.unit() + "职能配置和" + d.year() + "年度重点工作安排设立本项目。");
        b.heading("三、实施主体");
        b.paragraph(d.unit());
        b.heading("四、实施方案");
        for (int i = 0; i < p.goals().size(); i++) {
            b.paragraph((i + 1) + "." + p.goals().get(i) + "；");
        }
        b.heading("五、实施周期");
        b.paragraph(d.year() + "年1月1日-" + d.year() + "年12月31日");
        b.heading("六、年度预算安排");
        b.paragraph(Prose.wan(p.budget()));
        b.heading("七、绩效目标", PERFORMANCE);
        b.table(Tables.project(d, p, LayoutWriter.budgetUnit(d)));
    }
}
