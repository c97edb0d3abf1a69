package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DataExtractor;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Layout;
import org.disclosurelens.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** ARITH-PROSE-TOTAL on income statements written the ways city budgets write them. */
class ProseTotalsRuleTest {

    @Test
    void takesTheDraftersNumberedBreakdownWhateverItsItemsAreCalled() {
        // 收入 = （一）本年财政拨款收入 + （二）本年其他资金收入 + （三）上年结转结余; the 1.–10. items are their parts.
        List<String> text = new ArrayList<>(List.of("2026年度收入预算1448787.35万元，比2025年年初预算数1506121.45万元减少57334.09万元。",
                "（一）本年财政拨款收入1378967.75万元", "1.一般公共预算拨款收入1368602.75万元。", "2.政府性基金预算拨款收入10365.00万元。",
                "（二）本年其他资金收入5455.88万元", "3.财政专户管理资金收入3970.81万元。", "4.事业收入16.90万元。",
                "5.事业单位经营收入900.00万元。", "6.其他收入568.17万元。", "（三）上年结转结余64363.73万元"));
        assertEquals(List.of(), messages(text));

        text.set(0, "2026年度收入预算1448797.35万元，比2025年年初预算数1506121.45万元减少57334.09万元。");
        // Ten more than its breakdown, which names an item the labels do not know (本年其他资金收入): not judged.
        assertEquals(List.of(), messages(text));
    }

    @Test
    void flagsANumberedBreakdownOfKnownItemsThatDoesNotAddUp() {
        assertEquals(List.of("“收入”106,428万元，但一般公共预算收入+政府性基金收入+其他收入合计106438万元"),
                messages(List.of("1．本年收入合计106,428万元。", "（1）一般公共预算拨款收入38,420万元，与上年相比增加19,535.02万元。",
                        "（2）政府性基金预算拨款收入67,818万元，与上年相比增加67,808万元（去年预算数为0万元，无法计算增减比率）。",
                        "（3）其他收入200万元，与上年相比增加200万元。")));
    }

    @Test
    void readsOneListAtATimeWhenTheNumberingStartsAgain() {
        assertEquals(List.of(), messages(List.of("2026年度财政拨款基本支出预算2,147.85万元，其中：", "（一）人员经费1,941.88万元。",
                "（二）公用经费205.97万元。", "2026年度一般公共预算财政拨款基本支出预算2,147.85万元，其中：", "（一）人员经费1,941.88万元。",
                "（二）公用经费205.97万元。")));
    }

    private static List<String> messages(List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>(List.of(new Paragraph("第一部分 部门职责及机构设置情况", new Location(1, 1)),
                new Paragraph("第二部分 预算安排的总体情况", new Location(1, 2))));
        for (String p : paragraphs) {
            blocks.add(new Paragraph(p, new Location(1, blocks.size() + 1)));
        }
        blocks.add(new Paragraph("第三部分 机关运行经费安排情况", new Location(1, blocks.size() + 1)));
        DocumentStructure structure = new StructureParser().parse(blocks);
        assertEquals(Layout.COUNTY_NINE_PART, structure.layout());
        DocumentData data = new DataExtractor().extract(blocks, structure, "某局", "2026");
        DocumentIdentity identity = new DocumentIdentity("某局", "", "2026", "", "预算", "部门", "", "", "", "", "", null, "", "");
        assertEquals(paragraphs.size(), data.figures().stream().filter(f -> f.amount().unit().money()
                && f.direction() == org.disclosurelens.figure.Direction.NONE && f.base().isEmpty()).map(f -> f.location().line()).distinct().count(),
                "each paragraph states one amount of its own: " + data.figures());
        return new ProseTotalsRule().check(new Disclosure("test", identity, structure, blocks, data)).stream()
                .map(Finding::messageZh).toList();
    }
}
