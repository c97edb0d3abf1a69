package org.disclosurelens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What reads as a heading, with its numbering, number and title as written. */
class HeadingClassifierTest {

    @Test
    void readsPartHeadingsInEveryStyle() {
        assertHeading("第一部分:部门职责及机构设置情况", NumberingStyle.PART, 1, "第一部分", "部门职责及机构设置情况");
        assertHeading("第二部分：部门预算安排的总体情况", NumberingStyle.PART, 2, "第二部分", "部门预算安排的总体情况");
        assertHeading("第 三 部 分  机关运行经费安排情况", NumberingStyle.PART, 3, "第 三 部 分", "机关运行经费安排情况");
        assertHeading("第10部分 其他", NumberingStyle.PART, 10, "第10部分", "其他");
        assertHeading("第九部分", NumberingStyle.PART, 9, "第九部分", "");
    }

    @Test
    void readsNestedNumberingStyles() {
        assertHeading("一、部门职责", NumberingStyle.CHINESE, 1, "一", "部门职责");
        assertHeading("十一、其他重要事项说明", NumberingStyle.CHINESE, 11, "十一", "其他重要事项说明");
        assertHeading("（一）科学合理编制预算，严格执行预算", NumberingStyle.PAREN_CHINESE, 1, "（一）", "科学合理编制预算，严格执行预算");
        assertHeading("1、收入说明", NumberingStyle.ARABIC, 1, "1", "收入说明");
        assertHeading("2.网信办舆情处置专项经费绩效目标表", NumberingStyle.ARABIC, 2, "2", "网信办舆情处置专项经费绩效目标表");
        assertHeading("（3）差旅费", NumberingStyle.PAREN_ARABIC, 3, "（3）", "差旅费");
    }

    @Test
    void readsUnnumberedTitlesThatNameAPart() {
        assertHeading("名词解释", NumberingStyle.NONE, -1, "", "名词解释");
        assertHeading("2024年部门财务收支预算总表", NumberingStyle.NONE, -1, "", "2024年部门财务收支预算总表");
        assertHeading("上海市普陀区司法局主要职能", NumberingStyle.NONE, -1, "", "上海市普陀区司法局主要职能");
    }

    @Test
    void removesLeadersAndPageNumbersFromContentsLines() {
        assertHeading("一、部门主要职能 ……………………………… 3", NumberingStyle.CHINESE, 1, "一", "部门主要职能");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "（一）负责处理县委网络安全和信息化委员会日常事务工作。",
        "一、加强党的建设。落实基层党建责任制，加强基层服务型党组织建设",
        "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款",
        "一、一般公共预算财政拨款收入 9,746.50",
        "1.5万元",
        "基本支出71.53万元",
        "我部门2021年无政府采购预算。"})
    void rejectsListItemsSentencesAndTableRows(String text) {
        assertTrue(HeadingClassifier.classify(0, new Paragraph(text, Location.UNKNOWN)).isEmpty(), text);
    }

    @Test
    void recordsThePartsATitleNames() {
        assertEquals(List.of(CanonicalPart.THREE_PUBLIC, CanonicalPart.OPERATING_COST, CanonicalPart.BUDGET_TABLES),
                classify("部门“三公”经费和机关运行经费预算表").get().parts());
        assertEquals(List.of(CanonicalPart.GLOSSARY), classify("第四部分 名称解释").get().parts());
    }

    private static void assertHeading(String text, NumberingStyle style, int number, String numberText, String title) {
        HeadingCandidate c = classify(text).orElseThrow(() -> new AssertionError("not a heading: " + text));
        assertEquals(style, c.style(), text);
        assertEquals(number, c.number(), text);
        assertEquals(numberText, c.numberText(), text);
        assertEquals(title, c.title(), text);
    }

    private static Optional<HeadingCandidate> classify(String text) {
        return HeadingClassifier.classify(0, new Paragraph(text, Location.UNKNOWN));
    }
}
