package org.disclosurelens.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Layout;
import org.disclosurelens.structure.Section;
import org.junit.jupiter.api.Test;

class ProseFigureExtractorTest {

    @Test
    void putsListItemsUnderTheItemTheyDetail() {
        assertEquals(List.of("支出=110.93", "支出/基本支出=71.53", "支出/基本支出/人员经费=65.84", "支出/基本支出/公用经费=5.69",
                "支出/项目支出=39.4", "支出/项目支出/本级支出=39.4"),
                paths("2021年部门支出安排预算总额110.93万元。", "基本支出71.53万元", "其中：人员经费65.84万元",
                        "日常公用经费5.69万元", "项目支出39.4万元", "其中：本级支出39.4万元"));
    }

    @Test
    void keepsTheWordsOfItemsListedUnderAnotherItem() {
        assertEquals(List.of("机关运行经费=5.69", "机关运行经费/办公费=0.8", "机关运行经费/公务接待费=2"),
                paths("某局机关运行经费安排5.69万元，其中办公费0.8万元，公务接待费2万元。"));
    }

    @Test
    void readsChangesWithTheirDirectionAndBase() {
        List<ProseFigure> f = extract("本年度预算收支安排110.93万元，较上年增加28.78万元。与上年相比减少1,000元，下降5.5%。");
        assertEquals(List.of("收支|NONE|", "收支|UP|上年", "收支|DOWN|上年", "收支|DOWN|"),
                f.stream().map(x -> x.path() + "|" + x.direction() + "|" + x.base()).toList());
        assertEquals("0.1", f.get(2).amount().wanText());
        assertEquals("5.5", f.get(3).amount().percentText());
    }

    @Test
    void readsLastYearsAmountNamedAsTheBaseAndAChangeStatedBeforeTheAmount() {
        List<ProseFigure> f = extract("本年度预算收支安排345.62万元，与上年预算568.43万元相比，减少222.81万元，下降39.2%。"
                + "“三公”经费预算比上年增加21.07万元，达到22.77万元，比上年预算增加，增幅1239.41%。");
        assertEquals(List.of("收支|NONE|", "收支|NONE|上年预算", "收支|DOWN|", "收支|DOWN|",
                "三公经费|UP|上年", "三公经费|NONE|", "三公经费|UP|"),
                f.stream().map(x -> x.path() + "|" + x.direction() + "|" + x.base()).toList());
        assertEquals(List.of(false, true, false, false, false, false, false), f.stream().map(ProseFigure::isBase).toList());
    }

    @Test
    void takesTheClassificationWrittenOutAsTheSubjectOfItsParagraph() {
        List<ProseFigure> f = extract("1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。"
                + "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。");
        assertEquals(List.of("一般公共服务支出/统计信息事务/专项普查活动"), f.stream().map(ProseFigure::path).distinct().toList());
        assertEquals("2023年预算执行数", f.get(3).base());
        assertEquals(List.of("25.77", "60.13", "25.77", ""), f.stream().map(x -> x.amount().wanText()).toList());
    }

    @Test
    void readsJiangsuClassificationsAndShares() {
        List<ProseFigure> f = extract("1．一般公共服务（类）支出13907.78万元，与上年相比增加1201.5万元，增长9.46%。",
                "的“三公”经费预算支出中，因公出国（境）费支出199.25万元，占“三公”经费的25.96%；公务接待费支出384.75万元。");
        assertEquals(List.of("一般公共服务", "一般公共服务", "一般公共服务", "三公经费/因公出国（境）费",
                "三公经费/因公出国（境）费", "三公经费/公务接待费"), f.stream().map(ProseFigure::path).toList());
    }

    @Test
    void readsTheShortFormsOfTheOfficialCarItems() {
        // 公务车 for 公务用车, and the slip 公务车用车, as printed in a Shanghai budget's 三公 explanation.
        assertEquals(List.of("三公经费/公务用车购置及运行费=21.56", "三公经费/公务用车购置及运行费/公务用车购置费=0",
                "三公经费/公务用车购置及运行费/公务用车运行费=21.56"),
                paths("公务车购置及运行费21.56万元，其中：公务车购置费0万元，公务车用车运行费21.56万元。"));
    }

    @Test
    void skipsThresholds() {
        assertEquals(List.of("固定资产=3.65"), paths("2020年末固定资产总金额3.65万元，无单价在20万元以上的设备，单价100万元（含）以上设备0台。"));
    }

    private static List<String> paths(String... paragraphs) {
        return extract(paragraphs).stream().map(f -> f.path() + "=" + f.amount().wanText() + f.amount().percentText()).toList();
    }

    private static List<ProseFigure> extract(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("第二部分：部门预算安排的总体情况", new Location(0, 1)));
        for (String p : paragraphs) {
            blocks.add(new Paragraph(p, new Location(0, blocks.size() + 1)));
        }
        Section part = new Section(0, -1, 1, CanonicalPart.BUDGET_OVERVIEW, List.of(CanonicalPart.BUDGET_OVERVIEW),
                "第二部分", false, "部门预算安排的总体情况", 0, blocks.size(), new Location(0, 1), new Location(0, blocks.size()), 0);
        DocumentStructure structure = new DocumentStructure(Layout.COUNTY_NINE_PART, List.of(part), List.of());
        return ProseFigureExtractor.extract(blocks, structure, "某局");
    }
}
