package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.AnalyzedCorpus;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.Project;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures on variants of the seed: amounts in 元, other amounts, extra and missing rows and tables. */
class SeedFigureVariantsTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)万元");

    @TempDir
    Path dir;

    @Test
    void convertsARenditionInYuanToTheSameWan() {
        DocumentResult seed = seed();
        DocumentResult yuan = analyze(inYuan(SeedVariants.seed()));
        assertTrue(yuan.data().figures().get(0).amount().text().contains("1,109,300.00元"), yuan.data().figures().get(0).amount().text());
        assertEquals(wan(seed.data().figures()), wan(yuan.data().figures()));
        assertEquals(budgets(seed), budgets(yuan));
        assertEquals(threePublic(seed), threePublic(yuan));
        assertEquals("元", yuan.data().threePublic().get(0).rows().get(0).current().orElseThrow().unit().written());
        assertEquals(List.of("3.65", "", "", "", "0", "3.65"), yuan.data().assets().get(0).rows().stream()
                .map(r -> r.value().map(a -> a.wanText()).orElse("")).toList());
        for (Total t : Total.values()) {
            assertEquals(seed.data().headline().wan(t), yuan.data().headline().wan(t), t.name());
        }
    }

    @Test
    void readsOtherAmountsAndAnExtraIndicatorRow() {
        String text = SeedVariants.seed()
                .replace("基本支出71.53万元", "基本支出1,234.5万元")
                .replace("\t预算数\n\t27.80\n\t其中：财政资金\n\t27.80\n\t其他资金\n\t0",
                        "\t预算数\n\t３０．５０\n\t其中：财政资金\n\t25.50\n\t其他资金\n\t5")
                .replace("\t部门职责\n\n\n2.网信办舆情处置", "\t部门职责\n\n\t\n\t新增二级\n\t新增三级\n\t说明\n\t≥1\n\t部门职责\n\n\n2.网信办舆情处置");
        DocumentResult r = analyze(text);
        assertEquals("1234.5", r.data().headline().wan(Total.BASIC));
        Project first = r.data().projects().get(0);
        assertEquals(List.of("30.5", "25.5", "5"), List.of(first.budget().orElseThrow().wanText(),
                first.fiscal().orElseThrow().wanText(), first.other().orElseThrow().wanText()));
        assertEquals(10, first.indicators().size());
        // The new row's first level is merged with the 满意度指标 above it.
        assertEquals("满意度指标|新增二级|新增三级|说明|≥1", row(first.indicators().get(9)));
    }

    @Test
    void reportsNoThreePublicRowsWhenTheTableIsMissing() {
        String text = SeedVariants.seed();
        int start = text.indexOf("\t“三公”经费预算情况及增减变化原因");
        text = text.substring(0, start) + text.substring(text.indexOf("第五部分"));
        DocumentResult r = analyze(text);
        assertEquals(List.of(), r.data().threePublic());
        assertEquals("", r.data().headline().wan(Total.THREE_PUBLIC));
        assertEquals(4, r.data().projects().size());
    }

    @Test
    void readsTheTotalRowOfAThreePublicTableWithAnExtraItem() {
        String text = SeedVariants.seed().replace("\t合计\n\t2\n\t2\n\t0\n\t无增减变化",
                "\t公务用车购置及运行费\n\t0\n\t0\n\t0\n\t无增减变化\n\n\t合计\n\t3\n\t2.5\n\t-0.5\n\t压减");
        DocumentResult r = analyze(text);
        List<ThreePublicRow> rows = r.data().threePublic().get(0).rows();
        assertEquals(6, rows.size());
        ThreePublicRow total = r.data().threePublic().get(0).row(ThreePublicItem.TOTAL).orElseThrow();
        assertEquals(List.of("3", "2.5", "-0.5", "压减"), List.of(total.previous().orElseThrow().wanText(),
                total.current().orElseThrow().wanText(), total.change().orElseThrow().wanText(), total.reason()));
        assertEquals(ThreePublicItem.VEHICLE, rows.get(4).item());
    }

    /** The seed with every amount in 元: 110.93万元 becomes 1,109,300.00元, tables say 单位：元. */
    static String inYuan(String seed) {
        String text = replace(WAN, seed, m -> yuan(m.group(1)) + "元");
        text = text.replace("单位：万元", "单位：元");
        text = replace(Pattern.compile("(?m)(?<=\\t(?:预算数|其中：财政资金|其他资金)\\n\\t)([\\d.]+)$"), text, m -> yuan(m.group(1)));
        int start = text.indexOf("“三公”经费预算情况");
        int end = text.indexOf("第五部分");
        String three = replace(Pattern.compile("(?m)^\\t(\\d+)$"), text.substring(start, end), m -> "\t" + yuan(m.group(1)));
        text = text.substring(0, start) + three + text.substring(end);
        return replace(Pattern.compile("(?m)^(3\\.65|0\\.00)$"), text, m -> yuan(m.group(1)));
    }

    private static String yuan(String wan) {
        return new DecimalFormat("#,##0.00").format(new BigDecimal(wan).movePointRight(4));
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> wan(List<ProseFigure> figures) {
        List<String> out = new ArrayList<>();
        figures.forEach(f -> out.add(f.path() + "=" + f.amount().wanText() + f.amount().percentText()));
        return out;
    }

    private static List<String> budgets(DocumentResult r) {
        return r.data().projects().stream().map(p -> p.budget().orElseThrow().wanText() + "/"
                + p.fiscal().orElseThrow().wanText() + "/" + p.other().orElseThrow().wanText()).toList();
    }

    private static List<String> threePublic(DocumentResult r) {
        return r.data().threePublic().get(0).rows().stream().map(x -> x.item() + "=" + x.previous().orElseThrow().wanText()
                + "/" + x.current().orElseThrow().wanText() + "/" + x.change().orElseThrow().wanText()).toList();
    }

    private static String row(org.disclosurelens.table.Indicator i) {
        return String.join("|", i.level1(), i.level2(), i.level3(), i.description(), i.value());
    }

    private static DocumentResult seed() {
        return AnalyzedCorpus.analyze(SeedVariants.SEED);
    }

    private DocumentResult analyze(String text) {
        Path file = SeedVariants.write(dir, "variant.txt", text);
        return ANALYZER.analyze(file, dir);
    }
}
