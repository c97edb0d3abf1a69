package org.disclosurelens.generate;

import static org.disclosurelens.structure.CanonicalPart.BUDGET_OVERVIEW;
import static org.disclosurelens.structure.CanonicalPart.BUDGET_TABLES;
import static org.disclosurelens.structure.CanonicalPart.DUTIES_ORGANISATION;
import static org.disclosurelens.structure.CanonicalPart.GLOSSARY;
import static org.disclosurelens.structure.CanonicalPart.OPERATING_COST;
import static org.disclosurelens.structure.CanonicalPart.OTHER;
import static org.disclosurelens.structure.CanonicalPart.PERFORMANCE;
import static org.disclosurelens.structure.CanonicalPart.PROCUREMENT;
import static org.disclosurelens.structure.CanonicalPart.STATE_ASSETS;
import static org.disclosurelens.structure.CanonicalPart.THREE_PUBLIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.text.ChineseNumerals;

/**
 * The county template (the seed's): a title, the legal preamble, then 第一部分 to 第九部分, with
 * the variation's heading style, parts left out or merged, renumbering, a table of contents and
 * attached budget tables.
 */
final class CountyNinePartWriter implements LayoutWriter {

    /** Titles real files give each part; all name the part by the keywords of docs/structure.md. */
    private static final List<List<String>> TITLES = List.of(
            List.of("部门职责及机构设置情况", "部门职责及机构设置"),
            List.of("部门预算安排的总体情况", "部门预算安排总体情况", "收支预算总体情况"),
            List.of("机关运行经费安排情况", "机关运行经费预算情况"),
            List.of("财政拨款“三公”经费预算情况及增减变化原因", "“三公”经费预算情况说明"),
            List.of("绩效预算信息", "预算绩效信息"),
            List.of("政府采购预算情况", "政府采购情况"),
            List.of("国有资产信息情况说明", "国有资产占用情况"),
            List.of("名词解释"),
            List.of("其他需说明的事项", "其他需要说明的事项"));

    private record Part(String title, List<CanonicalPart> named, Consumer<Rendition.Builder> body) {
    }

    @Override
    public Rendition write(Disclosure d) {
        Random r = new Random(d.id().hashCode());
        Variation v = d.variation();
        Rendition.Builder b = new Rendition.Builder();
        b.paragraph(d.unit());
        b.paragraph(d.year() + "年" + d.scope() + "预算信息公开");
        b.paragraph("按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《" + d.place().county().province()
                + "预算公开办法》规定，现将" + d.unit() + d.year() + "年" + d.scope() + "预算公开如下：");
        List<Part> parts = plan(d, r);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            numbers.add(v.renumber() ? i + 1 : parts.get(i).named().get(0).number());
        }
        if (v.toc()) {
            b.paragraph("目  录");
            for (int i = 0; i < parts.size(); i++) {
                String line = String.join("", v.headingStyle().lines(numbers.get(i), parts.get(i).title()));
                b.paragraph(line + "…………………………" + (i + 2));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            b.part(v.headingStyle().lines(numbers.get(i), part.title()), v.headingStyle().number(numbers.get(i)),
                    part.title(), part.named().toArray(CanonicalPart[]::new));
            part.body().accept(b);
        }
        if (v.attachments()) {
            attachments(d, b);
        }
        return b.build();
    }

    private static List<Part> plan(Disclosure d, Random r) {
        Variation v = d.variation();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(title(1, r), List.of(DUTIES_ORGANISATION), b -> duties(d, b)));
        parts.add(new Part(title(2, r), List.of(BUDGET_OVERVIEW), b -> overview(d, b)));
        if (v.mergeCostAndThreePublic()) {
            parts.add(new Part("机关运行经费及“三公”经费情况", List.of(OPERATING_COST, THREE_PUBLIC), b -> {
                b.paragraph(Prose.operating(d));
                threePublic(d, b);
            }));
        } else {
            if (!v.missing().contains(3)) {
                parts.add(new Part(title(3, r), List.of(OPERATING_COST), b -> b.paragraph(Prose.operating(d))));
            }
            parts.add(new Part(title(4, r), List.of(THREE_PUBLIC), b -> threePublic(d, b)));
        }
        parts.add(new Part(title(5, r), List.of(PERFORMANCE), b -> performance(d, b)));
        if (v.mergeProcurementAndAssets()) {
            parts.add(new Part("政府采购及国有资产信息情况说明", List.of(PROCUREMENT, STATE_ASSETS), b -> {
                b.paragraph(Prose.procurement(d));
                assets(d, b);
            }));
        } else {
            if (!v.missing().contains(6)) {
                parts.add(new Part(title(6, r), List.of(PROCUREMENT), b -> b.paragraph(Prose.procurement(d))));
            }
            if (!v.missing().contains(7)) {
                parts.add(new Part(title(7, r), List.of(STATE_ASSETS), b -> assets(d, b)));
            }
        }
        parts.add(new Part(title(8, r), List.of(GLOSSARY), b -> glossary(d, b)));
        if (!v.missing().contains(9)) {
            parts.add(new Part(title(9, r), List.of(OTHER), b -> b.paragraph(d.texts().other())));
        }
        return parts;
    }

    private static String title(int part, Random r) {
        List<String> titles = TITLES.get(part - 1);
        return titles.get(r.nextInt(titles.size()));
    }

    private static void duties(Disclosure d, Rendition.Builder b) {
        b.heading("一、部门职责", DUTIES_ORGANISATION);
        b.paragraph("根据《" + d.unit() + "职能配置、内设机构和人员编制规定》，" + d.unit() + "的主要职责是：");
        List<String> duties = d.texts().duties();
        for (int i = 0; i < duties.size(); i++) {
            b.paragraph("(" + ChineseNumerals.format(i + 1) + ")" + duties.get(i));
        }
        b.heading("二、机构设置", DUTIES_ORGANISATION);
        b.paragraph(d.unit() + "为" + d.department().grade() + d.department().nature() + "单位，纳入" + d.year() + "年"
                + d.scope() + "预算编制范围的单位共" + d.texts().institutions().size() + "个，具体情况如下表：");
        b.heading("部门机构设置情况", DUTIES_ORGANISATION);
        b.table(Tables.institutions(d));
    }

    private static void overview(Disclosure d, Rendition.Builder b) {
        Figures f = d.figures();
        b.heading("1、收入说明", BUDGET_OVERVIEW);
        b.paragraph(d.year() + "年" + d.unit() + "年初" + d.scope() + "收入预算总额为" + Prose.wan(f.income()) + "。");
        String sources = "其中：一般公共预算收入" + Prose.wan(f.incomeGeneral());
        if (f.incomeOther().signum() > 0) {
            sources += "，其他收入" + Prose.wan(f.incomeOther());
        }
        b.paragraph(sources);
        b.heading("2、支出说明", BUDGET_OVERVIEW);
        b.paragraph(d.year() + "年" + d.scope() + "支出安排预算总额" + Prose.wan(f.expenditure()) + "。");
        b.paragraph("基本支出" + Prose.wan(f.basic()));
        b.paragraph("其中：人员经费" + Prose.wan(f.personnel()));
        b.paragraph("日常公用经费" + Prose.wan(f.publicFunds()));
        b.paragraph("项目支出" + Prose.wan(f.projectTotal()));
        b.paragraph("其中：本级支出" + Prose.wan(f.projectTotal()));
        b.heading("3、比上年增减情况");
        b.paragraph(Prose.change(d));
    }

    private static void threePublic(Disclosure d, Rendition.Builder b) {
        b.table(Tables.threePublic(d));
        b.paragraph(Prose.threePublic(d));
    }

    private static void performance(Disclosure d, Rendition.Builder b) {
        b.heading("一、总体绩效目标：", PERFORMANCE);
        d.texts().overallGoals().forEach(b::paragraph);
        b.heading("二、职责分类绩效目标：", PERFORMANCE);
        b.paragraph(d.texts().dutyGoals());
        b.heading("三、工作保障措施：");
        List<String> safeguards = d.texts().safeguards();
        for (int i = 0; i + 1 < safeguards.size(); i += 2) {
            b.heading("（" + ChineseNumerals.format(i / 2 + 1) + "）" + safeguards.get(i));
            b.paragraph(safeguards.get(i + 1));
        }
        b.heading("四、预算项目绩效目标", PERFORMANCE);
        List<Project> projects = d.projects();
        for (int i = 0; i < projects.size(); i++) {
            b.heading((i + 1) + "." + projects.get(i).name() + "绩效目标表", PERFORMANCE);
            b.table(Tables.project(d, projects.get(i), LayoutWriter.budgetUnit(d)));
        }
    }

    private static void assets(Disclosure d, Rendition.Builder b) {
        b.paragraph(Prose.assets(d));
        b.table(Tables.assets(d));
    }

    private static void glossary(Disclosure d, Rendition.Builder b) {
        List<String> entries = Prose.glossary(d, "county");
        for (int i = 0; i < entries.size(); i++) {
            b.paragraph((i + 1) + "、" + entries.get(i));
        }
    }

    private static void attachments(Disclosure d, Rendition.Builder b) {
        String unitLine = "编制单位：" + d.unit();
        b.paragraph("附件：" + d.year() + "年" + d.scope() + "预算公开表");
        b.heading(d.year() + "年部门收支预算总表", BUDGET_TABLES);
        b.table(BudgetTables.summary(d, unitLine));
        b.heading(d.year() + "年部门一般公共预算支出功能分类预算表", BUDGET_TABLES);
        b.table(BudgetTables.functions(d, unitLine));
        b.heading(d.year() + "年部门一般公共预算基本支出经济分类预算表", BUDGET_TABLES);
        b.table(BudgetTables.economic(d, unitLine));
    }
}
