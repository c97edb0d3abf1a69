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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.disclosurelens.generate.BudgetTables.FunctionLine;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;
import org.disclosurelens.text.ChineseNumerals;

/**
 * Final accounts (部门决算) as Shanghai's districts publish them (../shared/corpus-real 010): the
 * unit and "Y年度部门决算" on the cover, a 目录 of the parts and the tables, 第一部分 概况 (duties,
 * the units the accounts cover), 第二部分 决算表, 第三部分 决算情况说明 and 第四部分 名词解释. The
 * explanation states the year's totals against the year before, then the spending against its
 * 年初预算, the whole and each 项 of the function table: "年初预算为X万元，支出决算为Y万元。决算数小于
 * 预算数的主要原因：…", or 持平 when they agree; the 三公 spending against its 年初预算; and the
 * 机关运行经费, procurement, vehicles (counted at the end of the accounts' own year) and performance.
 *
 * <p>The disclosure's figures are the year's outturn. Each 项's 年初预算 is drawn beside its
 * outturn from the document's id and the line's code ({@link #budgeted}): the same one for one
 * line in every rendition, so the fault injector and the writer agree on it. The 三公 rows' 年初预算
 * is their {@code last} amount.
 */
final class FinalAccountsWriter implements LayoutWriter {

    /** The tables of part 2, as their headings and the 目录 name them; the third is left out by fault toc-table. */
    static final List<String> TABLES = List.of("收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
            "财政拨款“三公”经费支出决算表");
    private static final List<String> EXPLANATIONS = List.of("收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明",
            "一般公共预算财政拨款支出决算情况说明", "财政拨款“三公”经费支出决算情况说明", "其他重要事项的情况说明");
    /** Why a line spent less than its budget, and why more: the unit's words, picked per line. */
    private static final List<String> UNDER = List.of("严格落实过紧日子要求，压减一般性支出", "部分项目按合同进度支付，剩余资金结转下年使用",
            "人员退休及调动，相关人员经费相应减少");
    private static final List<String> OVER = List.of("年中追加人员经费", "年中追加专项工作经费", "按政策调整社会保险缴费基数");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Rendition write(Disclosure d) {
        Rendition.Builder b = new Rendition.Builder();
        String unit = d.unit();
        String tables = unit + d.year() + "年度部门决算表";
        int explained = d.texts().staleTitle() ? d.year() - 1 : d.year();
        String explanation = unit + explained + "年度部门决算情况说明";
        b.paragraph(unit);
        b.paragraph(d.year() + "年度部门决算");
        b.paragraph("目  录");
        b.paragraph("第一部分 " + unit + "概况");
        b.paragraph("一、主要职能");
        b.paragraph("二、部门决算单位构成");
        b.paragraph("第二部分 " + tables);
        for (int i = 0; i < TABLES.size(); i++) {
            b.paragraph(ChineseNumerals.format(i + 1) + "、" + TABLES.get(i));
        }
        b.paragraph("第三部分 " + explanation);
        for (int i = 0; i < EXPLANATIONS.size(); i++) {
            b.paragraph(ChineseNumerals.format(i + 1) + "、" + EXPLANATIONS.get(i));
        }
        b.paragraph("第四部分 名词解释");

        b.part(List.of("第一部分 " + unit + "概况"), "第一部分", unit + "概况", DUTIES_ORGANISATION);
        b.heading("一、主要职能");
        b.paragraph(unit + "的主要职责是：");
        for (int i = 0; i < d.texts().duties().size(); i++) {
            b.paragraph("（" + ChineseNumerals.format(i + 1) + "）" + d.texts().duties().get(i));
        }
        b.heading("二、部门决算单位构成");
        b.paragraph("纳入" + unit + d.year() + "年度部门决算编制范围的单位共" + d.texts().institutions().size() + "个，具体包括：");
        b.table(Tables.institutions(d));

        b.part(List.of("第二部分 " + tables), "第二部分", tables, BUDGET_TABLES);
        BudgetTables.print(d, b, TABLES, "决算数", threePublicTable(d));

        b.part(List.of("第三部分 " + explanation), "第三部分", explanation, BUDGET_OVERVIEW);
        explanation(d, b);

        b.part(List.of("第四部分 名词解释"), "第四部分", "名词解释", GLOSSARY);
        List<String> glossary = Prose.glossary(d, "shanghai");
        for (int i = 0; i < glossary.size(); i++) {
            b.paragraph(ChineseNumerals.format(i + 1) + "、" + glossary.get(i));
        }
        return b.build();
    }

    private static void explanation(Disclosure d, Rendition.Builder b) {
        BigDecimal total = BudgetTables.total(d);
        BigDecimal other = BudgetTables.otherIncome(d);
        BigDecimal project = BudgetTables.projectTotal(d);
        BigDecimal last = d.figures().lastYear();
        b.heading("一、" + EXPLANATIONS.get(0), BUDGET_OVERVIEW);
        int sign = total.compareTo(last);
        b.paragraph(d.unit() + d.year() + "年度收入支出总计" + Prose.wan(total) + "。与" + (d.year() - 1) + "年度相比，收入支出总计"
                + (sign == 0 ? "持平。" : (sign > 0 ? "增加" : "减少") + Prose.wan(total.subtract(last).abs())
                        + (last.signum() == 0 ? "" : "，" + (sign > 0 ? "增长" : "下降") + percent(total.subtract(last).abs(), last))
                        + "。主要原因：" + (sign > 0 ? OVER : UNDER).get(Math.floorMod(d.id().hashCode(), 3)) + "。"));
        b.heading("二、" + EXPLANATIONS.get(1), BUDGET_OVERVIEW);
        b.paragraph("本年收入合计" + Prose.wan(total) + "，其中：财政拨款收入" + Prose.wan(total.subtract(other)) + "，占"
                + percent(total.subtract(other), total) + (other.signum() == 0 ? "" : "；其他收入" + Prose.wan(other) + "，占"
                + percent(other, total)) + "。");
        b.heading("三、" + EXPLANATIONS.get(2), BUDGET_OVERVIEW);
        b.paragraph("本年支出合计" + Prose.wan(total) + "，其中：基本支出" + Prose.wan(total.subtract(project)) + "，占"
                + percent(total.subtract(project), total) + "；项目支出" + Prose.wan(project) + "，占" + percent(project, total) + "。");
        b.heading("四、" + EXPLANATIONS.get(3), BUDGET_OVERVIEW);
        List<FunctionLine> items = BudgetTables.functionLines(d).stream().filter(l -> l.code().length() == 7).toList();
        BigDecimal budgeted = DisclosureFactory.sum(items.stream().map(l -> budgeted(d, l)).toList());
        b.paragraph("本年支出年初预算为" + Prose.wan(budgeted) + "，支出决算为" + Prose.wan(total) + "，完成年初预算的"
                + percent(total, budgeted) + "。" + claim(d, budgeted, total, false) + "其中：");
        Catalog catalog = Catalog.get();
        int reversed = reversedLine(d);
        for (int i = 0; i < items.size(); i++) {
            FunctionLine line = items.get(i);
            String code = line.code();
            b.paragraph((i + 1) + "、" + catalog.name(code.substring(0, 3)) + "（类）" + catalog.name(code.substring(0, 5)) + "（款）"
                    + line.name() + "（项）。年初预算为" + Prose.wan(budgeted(d, line)) + "，支出决算为" + Prose.wan(line.total()) + "。"
                    + claim(d, budgeted(d, line), line.total(), i == reversed));
        }
        b.heading("五、" + EXPLANATIONS.get(4), THREE_PUBLIC);
        b.paragraph(threePublic(d));
        b.heading("六、" + EXPLANATIONS.get(5));
        b.heading("（一）机关运行经费支出情况", OPERATING_COST);
        b.paragraph(d.year() + "年度" + d.unit() + "机关运行经费支出" + Prose.wan(d.operatingTotal()) + "。");
        b.heading("（二）政府采购支出情况", PROCUREMENT);
        Disclosure.Procurement p = d.procurement();
        b.paragraph(p.declaredNone() ? d.unit() + d.year() + "年度无政府采购支出。"
                : d.unit() + d.year() + "年度政府采购支出总额" + Prose.wan(p.total()) + "，其中：政府采购货物支出" + Prose.wan(p.goods())
                        + "，政府采购服务支出" + Prose.wan(p.services()) + "。");
        b.heading("（三）国有资产占有使用情况", STATE_ASSETS);
        b.paragraph("截至" + d.year() + "年12月31日，" + d.unit() + "共有车辆" + d.assets().get(2).quantity() + "辆，单价20万元（含）以上的设备"
                + d.assets().get(3).quantity() + "台（套）。");
        b.heading("（四）预算绩效管理情况", PERFORMANCE);
        b.paragraph(d.unit() + d.year() + "年度编报绩效目标的项目" + d.projects().size() + "个，涉及预算金额" + Prose.wan(project) + "。");
    }

    /** The 三公 paragraph: the spending against its 年初预算, then each item's outturn (its first full stop doubled when so printed). */
    static String threePublic(Disclosure d) {
        ThreePublicRow total = d.threePublicTotal();
        List<String> items = new ArrayList<>();
        for (ThreePublicRow row : d.threePublic()) {
            items.add(row.name() + "支出决算为" + Prose.wan(row.current()));
        }
        String text = "“三公”经费财政拨款支出年初预算为" + Prose.wan(total.last()) + "，支出决算为" + Prose.wan(total.current())
                + (total.last().signum() == 0 ? "" : "，完成预算的" + percent(total.current(), total.last())) + "。其中："
                + String.join("；", items) + "。";
        return d.printing().has(Slip.DOUBLED_STOP) ? text.replaceFirst("。", "。。") : text;
    }

    /** 决算数大于（小于）预算数的主要原因：…, or 持平; the other direction's word when {@code reversed} (fault final-direction). */
    private static String claim(Disclosure d, BigDecimal budget, BigDecimal outturn, boolean reversed) {
        int sign = outturn.compareTo(budget);
        if (sign == 0) {
            return "决算数与预算数持平。";
        }
        boolean over = sign > 0;
        String reason = (over ? OVER : UNDER).get(Math.floorMod(Objects.hash(d.id(), budget), 3));
        return "决算数" + (over != reversed ? "大于" : "小于") + "预算数的主要原因：" + reason + "。";
    }

    /**
     * The 项 whose claim fault final-direction reverses: the first whose outturn differs from its
     * budget; -1 when the fault is not planted or every line kept to its budget.
     */
    static int reversedLine(Disclosure d) {
        if (!d.printing().has(Slip.FINAL_CLAIM_REVERSED)) {
            return -1;
        }
        List<FunctionLine> items = BudgetTables.functionLines(d).stream().filter(l -> l.code().length() == 7).toList();
        for (int i = 0; i < items.size(); i++) {
            if (budgeted(d, items.get(i)).compareTo(items.get(i).total()) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when some 项 spent other than its budget: a claim of direction there can be reversed. */
    static boolean differs(Disclosure d) {
        return BudgetTables.functionLines(d).stream().filter(l -> l.code().length() == 7)
                .anyMatch(l -> budgeted(d, l).compareTo(l.total()) != 0);
    }

    /**
     * A 项's 年初预算: its outturn one time in four, else 0.5% to 8% off it (at least 0.01万元),
     * above it two times in three (spending falls short of the budget more often than it exceeds it).
     */
    static BigDecimal budgeted(Disclosure d, FunctionLine line) {
        Random r = new Random(Objects.hash(d.id(), line.code()));
        int roll = r.nextInt(4);
        BigDecimal outturn = line.total();
        if (roll == 0 || outturn.signum() == 0) {
            return outturn;
        }
        BigDecimal off = outturn.multiply(BigDecimal.valueOf(5 + r.nextInt(76), 3)).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .multiply(HUNDRED).max(HUNDRED).setScale(2);
        return roll == 3 ? outturn.subtract(off).max(HUNDRED.setScale(2)) : outturn.add(off);
    }

    /** The 三公 table of final accounts: each item's 年初预算数 and 决算数, 合计 last; no rows when emptied (fault empty-table). */
    private static Table threePublicTable(Disclosure d) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("编制部门：" + d.unit(), 2, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        rows.add(Tables.cells("项目", "年初预算数", "决算数"));
        if (d.printing().has(Slip.THREE_PUBLIC_EMPTIED)) {
            return new Table(rows, Location.UNKNOWN);
        }
        for (ThreePublicRow row : d.threePublic()) {
            rows.add(Tables.cells(row.name(), Tables.money(d, row.last()), Tables.money(d, row.current())));
        }
        ThreePublicRow total = d.threePublicTotal();
        rows.add(Tables.cells("合计", Tables.money(d, total.last()), Tables.money(d, total.current())));
        return new Table(rows, Location.UNKNOWN);
    }

    /** {@code part} of {@code whole} in percent, two decimals: "98.20%". */
    private static String percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "0%" : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
