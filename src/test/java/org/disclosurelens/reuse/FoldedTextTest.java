package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What folding keeps and drops: list numbers opening a paragraph or a sentence, after spaces too, and nothing else. */
class FoldedTextTest {

    @Test
    void dropsListNumbersOpeningParagraphsAndSentences() {
        assertEquals("负责统计工作组织调查", FoldedText.fold("（三）负责统计工作。  (4) 组织调查"));
        assertEquals("负责统计工作组织调查", FoldedText.fold("三、负责统计工作；\t5.组织调查"));
        assertEquals("负责统计工作组织调查", FoldedText.fold("\u000B 12、负责统计工作！2．组织调查"));
    }

    @Test
    void keepsNumbersThatOpenNoList() {
        // a decimal is no list number, nor is a number inside a sentence or a bracket opening none
        assertEquals("35万元用于设备", FoldedText.fold("3.5万元用于设备"));
        assertEquals("经费3购置4台", FoldedText.fold("经费（3）购置4台"));
        assertEquals("监测系统全年运行", FoldedText.fold("【监测系统】全年运行"));
    }

    @Test
    void foldsWidthAndCaseOutsideTheBasicPlaneToo() {
        assertEquals("abc123", FoldedText.fold("ＡＢＣ１２３"));
        assertEquals("\uD801\uDC28x", FoldedText.fold("\uD801\uDC00X"));
    }
}
