package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text every unit may print: lists of classification names, citations of a budget approval. */
class StandardTextTest {

    @Test
    void tellsAListOfClassificationNamesFromADepartmentsOwnSentence() {
        assertTrue(StandardText.classificationNames(FoldedText.fold(
                "（二）公用经费71.92万元，主要包括：办公费、印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、"
                        + "因公出国（境）费用、维修（护）费、租赁费、会议费。")));
        assertTrue(StandardText.classificationNames(FoldedText.fold(
                "人员经费主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、其他对个人和家庭的补助。")));
        assertFalse(StandardText.classificationNames(FoldedText.fold(
                "会议费主要用于召开全县网络安全工作会议、组织网络安全宣传周活动，印刷费用于印制网络安全宣传手册和海报。")));
    }

    @Test
    void findsACitationOfABudgetApproval() {
        assertTrue(StandardText.citesApproval("根据《江苏省财政厅关于2017年省级部门预算的批复》（苏财预[2017]19号）填列。"));
        assertTrue(StandardText.citesApproval("依据某某县财政局《关于2026年部门预算的批复》（某财预〔2026〕3号）"));
        assertFalse(StandardText.citesApproval("根据《某某县人民政府关于印发实施方案的通知》（某政办发〔2026〕3号）"));
    }
}
