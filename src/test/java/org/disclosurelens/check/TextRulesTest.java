package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentages and reasons read in the sentence forms city budgets use, on paragraphs written by hand. */
class TextRulesTest {

    @Test
    void aPercentageFollowingFromTheChangeAndBaseOfItsOwnClauseIsRight() {
        // Two clauses under one total; the first's 2.29% is 464.27 of 20,292.85, whatever item the labels file it under.
        Disclosures d = new Disclosures().text("2026度收入预算515,665.27万元，其中:一般公共预算收入19,828.57万元比2025年初预算数"
                + "20,292.85万元减少464.27万元，降低2.29%；国有资本经营预算收入495,836.20万元比2025年预算收入执行数483,923.17万元"
                + "增加11,913.03万元，增长2.46%。");
        assertEquals(List.of(), messages(new PercentRule(PercentRule.Kind.CHANGE), d));

        Disclosures wrong = new Disclosures().text("2026年度收入预算515,665.27万元，其中:一般公共预算收入19,828.57万元比2025年初预算数"
                + "20,292.85万元减少464.27万元，降低2.89%。");
        assertEquals(1, messages(new PercentRule(PercentRule.Kind.CHANGE), wrong).size());
    }

    @Test
    void aReasonExplainsTheClauseRightBeforeIt() {
        Disclosures d = new Disclosures().text("2026年支出预算515,665.27万元，其中:一般公共预算支出19,828.57万元比2025年初预算数"
                + "20,292.85万元减少464.27万元，降低2.29%；国有资本经营预算支出495,836.20万元比2025年初预算数56,831.85增加较多，"
                + "主要原因是2026年初批复率提高。");
        assertEquals(List.of(), messages(new ReasonRule(ReasonRule.Kind.DIRECTION), d));
    }

    @Test
    void aReasonThatNetsACutAgainstAnIncreaseIsNoContradictionButACutAloneIs() {
        Disclosures netted = new Disclosures().text("会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%，"
                + "根据实际开支人代会专项经费增加200万元，增减相抵后增加164.48万元。");
        assertEquals(List.of(), messages(new ReasonRule(ReasonRule.Kind.DIRECTION), netted));

        Disclosures cut = new Disclosures().text("会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%。");
        assertEquals(List.of("“会议费”增加，但所述主要原因“按规定运转类专项经费统一压减10%”说的是压减"),
                messages(new ReasonRule(ReasonRule.Kind.DIRECTION), cut));
    }

    private static List<String> messages(Rule rule, Disclosures d) {
        return rule.check(d.build()).stream().map(Finding::messageZh).toList();
    }
}
