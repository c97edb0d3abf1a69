package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.generate.Disclosure.Line;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;

/**
 * Sentences every template writes about the figures, amounts in 万元 as prose prints them. A
 * sentence states a printed total where the template prints one (part 2's totals, 机关运行经费),
 * so a fault planted there shows in the text; elsewhere it states the sum of the items.
 */
final class Prose {

    private Prose() {
    }

    static String wan(BigDecimal yuan) {
        return MoneyUnit.prose(yuan) + "万元";
    }

    static String change(BigDecimal now, BigDecimal before, String flat) {
        int sign = now.compareTo(before);
        return sign == 0 ? flat : (sign > 0 ? "增加" : "减少") + wan(now.subtract(before).abs());
    }

    /** 机关运行经费安排X万元，其中办公费…，… (the items, then their printed total). */
    static String operating(Disclosure d) {
        List<String> items = new ArrayList<>();
        for (Line line : d.operating()) {
            items.add(line.name() + wan(line.amount()));
        }
        return d.unit() + "机关运行经费安排" + wan(d.operatingTotal()) + "，其中" + String.join("，", items) + "。";
    }

    /** The 三公 total and each item, stated from the rows (its first full stop typed twice when so printed). */
    static String threePublic(Disclosure d) {
        String text = threePublicStated(d);
        return d.printing().has(Slip.DOUBLED_STOP) ? text.replaceFirst("。", "。。") : text;
    }

    /** The 三公 paragraph as the figures (or a planted text) state it, whatever slip the printing adds. */
    static String threePublicStated(Disclosure d) {
        if (!d.texts().threePublic().isEmpty()) {
            return d.texts().threePublic();
        }
        BigDecimal total = DisclosureFactory.sum(d.threePublic().stream().map(ThreePublicRow::current).toList());
        BigDecimal last = DisclosureFactory.sum(d.threePublic().stream().map(ThreePublicRow::last).toList());
        List<String> items = new ArrayList<>();
        for (ThreePublicRow row : d.threePublic()) {
            items.add(row.name() + wan(row.current()));
        }
        return d.variation().changeForm().write(d.year() + "年“三公”经费预算", total, last) + "。其中："
                + String.join("，", items) + "。";
    }

    static String procurement(Disclosure d) {
        Disclosure.Procurement p = d.procurement();
        if (p.declaredNone()) {
            return "我部门" + d.year() + "年无政府采购预算。";
        }
        return d.year() + "年" + d.unit() + "政府采购预算总额" + wan(p.total()) + "，其中：政府采购货物预算" + wan(p.goods())
                + "，政府采购服务预算" + wan(p.services()) + "。";
    }

    /** The fixed assets at the end of last year, from the rows, and what will be bought. */
    static String assets(Disclosure d) {
        BigDecimal total = DisclosureFactory.sum(d.assets().stream().filter(a -> !a.within()).map(Disclosure.AssetRow::value).toList());
        String purchase = d.procurement().goods().signum() > 0
                ? "本年拟购置设备" + wan(d.procurement().goods()) + "，详见项目绩效目标表。"
                : "我单位" + d.year() + "年无拟购置情况。";
        return d.unit() + (d.year() - 1) + "年末固定资产总金额" + wan(total) + "（详见下表）。" + purchase;
    }

    static String vehicles(Disclosure d) {
        return "截至" + (d.year() - 1) + "年12月31日，" + d.unit() + "共有车辆" + d.assets().get(2).quantity()
                + "辆，单价20万元（含）以上的设备" + d.assets().get(3).quantity() + "台（套）。" + d.year() + "年部门预算安排购置车辆0辆。";
    }

    static String performance(Disclosure d) {
        return "按照预算绩效管理工作的总体要求，本部门" + d.texts().institutions().size() + "个预算单位开展了" + d.year()
                + "年项目预算绩效目标编报工作，编报绩效目标的项目" + d.projects().size() + "个，涉及项目预算资金"
                + wan(BudgetTables.projectTotal(d)) + "。";
    }

    /**
     * How the sentence of the year's change names the year compared with: 上年, or a year. The fault
     * compare-year names the document's own year there (比2026年预算 in a 2026 budget).
     */
    static String lastYear(Disclosure d) {
        return d.printing().has(Slip.OWN_YEAR_COMPARED) ? d.year() + "年" : "上年";
    }

    /** What the year's budget changes against last year, with the department's reason. */
    static String change(Disclosure d) {
        Disclosure.Figures f = d.figures();
        int sign = f.expenditure().compareTo(f.lastYear());
        // A reason worded for the other move (fault reason-direction) puts the change down to what
        // would have moved it the other way.
        int move = d.printing().has(Slip.REASON_REVERSED) ? -sign : sign;
        String why = sign == 0 ? "。" : move > 0 ? "，主要原因是增加了" + d.texts().changeReason() + "。"
                : sign < 0 ? "，主要原因是落实过紧日子要求，压减了一般性支出。" : "，主要原因是压减了" + d.texts().changeReason() + "。";
        return d.variation().changeForm().write("本年度预算收支安排", f.expenditure(), f.lastYear(), lastYear(d)) + why;
    }

    static List<String> glossary(Disclosure d, String template) {
        List<String> entries = new ArrayList<>();
        for (String entry : Catalog.get().glossary().get(template)) {
            entries.add(entry.replace("{seat}", d.place().seat()));
        }
        return entries;
    }
}
