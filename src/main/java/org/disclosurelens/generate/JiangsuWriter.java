package org.disclosurelens.generate;

import static org.disclosurelens.structure.CanonicalPart.BUDGET_OVERVIEW;
import static org.disclosurelens.structure.CanonicalPart.BUDGET_TABLES;
import static org.disclosurelens.structure.CanonicalPart.DUTIES_ORGANISATION;
import static org.disclosurelens.structure.CanonicalPart.GLOSSARY;
import static org.disclosurelens.structure.CanonicalPart.OPERATING_COST;
import static org.disclosurelens.structure.CanonicalPart.PERFORMANCE;
import static org.disclosurelens.structure.CanonicalPart.PROCUREMENT;
import static org.disclosurelens.structure.CanonicalPart.STATE_ASSETS;
import static org.disclosurelens.structure.CanonicalPart.THREE_PUBLIC;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.disclosurelens.generate.BudgetTables.FunctionLine;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.text.ChineseNumerals;

/**
 * Jiangsu budgets (corpus/real/016): 第一部分 部门概况, 第二部分 部门预算表, 第三部分 部门预算情况说明
 * with its numbered explanations (三公, 机关运行经费, 政府采购, 国有资产, 绩效目标), 第四部分 名词解释.
 */
final class JiangsuWriter implements LayoutWriter {

    /** The tables of part 2, as their headings and the 目录 name them; the third is left out by fault toc-table. */
    static final List<String> TABLES = List.of("一、收支预算总表", "二、一般公共预算支出预算表", "三、一般公共预算基本支出预算表",
            "四、一般公共预算“三公”经费支出预算表");

    @Override
    public Rendition write(Disclosure d) {
        Rendition.Builder b = new Rendition.Builder();
        String tables = d.year() + "年度部门预算表";
        String explanation = (d.texts().staleTitle() ? d.year() - 1 : d.year()) + "年度部门预算情况说明";
        b.paragraph(d.unit());
        b.paragraph(d.year() + "年度部门预算公开");
        if (d.variation().toc()) {
            b.paragraph("目  录");
            for (String[] entry : new String[][] {{"1", "部门概况"}, {"2", tables}, {"3", explanation}, {"4", "名词解释"}}) {
                b.paragraph(String.join("", d.variation().headingStyle().lines(Integer.parseInt(entry[0]), entry[1])));
                if (entry[0].equals("2")) {
                    TABLES.forEach(b::paragraph); // the tables under their part, as 无锡's and 江苏's 目录 list them
                }
            }
        }
        part(d, b, 1, "部门概况", DUTIES_ORGANISATION);
        overview(d, b);
        part(d, b, 2, tables, BUDGET_TABLES);
        BudgetTables.print(d, b, TABLES, "预算数", Tables.threePublic(d));
        part(d, b, 3, explanation, BUDGET_OVERVIEW);
        explanations(d, b);
        part(d, b, 4, "名词解释", GLOSSARY);
        List<String> glossary = Prose.glossary(d, "jiangsu");
        for (int i = 0; i < glossary.size(); i++) {
            b.paragraph(ChineseNumerals.format(i + 1) + "、" + glossary.get(i));
        }
        return b.build();
    }

    private static void part(Disclosure d, Rendition.Builder b, int n, String title, CanonicalPart named) {
        HeadingStyle style = d.variation().headingStyle();
        b.part(style.lines(n, title), style.number(n), title, named);
    }

    private static void overview(Disclosure d, Rendition.Builder b) {
        b.heading("一、主要职能", DUTIES_ORGANISATION);
        b.paragraph(d.unit() + "的主要职能是：");
        for (int i = 0; i < d.texts().duties().size(); i++) {
            b.paragraph("（" + ChineseNumerals.format(i + 1) + "）" + d.texts().duties().get(i));
        }
        b.heading("二、部门机构设置及预算单位构成情况", DUTIES_ORGANISATION);
        b.paragraph("从预算单位构成看，纳入本部门" + d.year() + "年部门汇总预算编制范围的预算单位共计" + d.texts().institutions().size()
                + "家，具体包括：" + String.join("、", d.texts().institutions().stream().map(u -> u.get(0)).toList()) + "。");
        b.heading("三、" + d.year() + "年度部门主要工作任务及目标");
        d.texts().overallGoals().forEach(b::paragraph);
    }

    private static void explanations(Disclosure d, Rendition.Builder b) {
        Figures f = d.figures();
        b.heading("一、收支预算总体情况说明", BUDGET_OVERVIEW);
        b.paragraph(d.unit() + d.year() + "年度收入、支出预算总计" + Prose.wan(f.income()) + "，与" + Prose.lastYear(d) + "相比收、支预算总计各"
                + Prose.change(f.income(), f.lastYear(), "持平") + "。");
        b.heading("二、支出预算情况说明", BUDGET_OVERVIEW);
        b.paragraph(d.unit() + "本年支出预算合计" + Prose.wan(f.expenditure()) + "，其中：基本支出" + Prose.wan(f.basic()) + "，占"
                + percent(f.basic(), f.expenditure()) + "；项目支出" + Prose.wan(f.projectTotal()) + "，占"
                + percent(f.projectTotal(), f.expenditure()) + "。");
        b.heading("三、财政拨款支出预算情况说明", BUDGET_OVERVIEW);
        int n = 1;
        for (FunctionLine line : BudgetTables.functionLines(d)) {
            if (line.code().length() == 7) {
                b.paragraph(n++ + "．" + Catalog.get().name(line.code().substring(0, 5)) + "（款）" + line.name() + "（项）支出"
                        + Prose.wan(line.total()) + "。");
            }
        }
        b.heading("四、一般公共预算“三公”经费支出预算情况说明", THREE_PUBLIC);
        b.paragraph(Prose.threePublic(d));
        b.heading("五、一般公共预算机关运行经费支出预算情况说明", OPERATING_COST);
        b.paragraph(Prose.operating(d));
        b.heading("六、政府采购支出预算情况说明", PROCUREMENT);
        b.paragraph(Prose.procurement(d));
        b.heading("七、国有资产占用情况", STATE_ASSETS);
        b.paragraph(Prose.vehicles(d));
        b.heading("八、预算绩效目标设置情况说明", PERFORMANCE);
        b.paragraph(Prose.performance(d));
        List<Project> projects = d.projects();
        for (int i = 0; i < projects.size(); i++) {
            b.heading("（" + ChineseNumerals.format(i + 1) + "）" + projects.get(i).name() + "绩效目标表", PERFORMANCE);
            b.table(Tables.project(d, projects.get(i), LayoutWriter.budgetUnit(d)));
        }
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "0%" : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP) + "%";
    }
}
