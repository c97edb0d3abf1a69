package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of(), messages(new PercentChangeRule(), d));

        Disclosures wrong = new Disclosures().text("2026年度收入预算515,665.27万元，其中:一般公共预算收入19,828.57万元比2025年初预算数"
                + "20,292.85万元减少464.27万元，降低2.89%。");
        assertEquals(1, messages(new PercentChangeRule(), wrong).size());
    }

    @Test
    void ratesNamedAsSuchAreCheckedInEveryFormOfTheSentence() {
        // 降幅/增幅 are rates of change; last year's amount may be named as the base, or the change come first.
        for (String right : List.of("本年度预算收支安排405.8万元，比上年预算减少28.66万元，降幅6.6%。",
                "本年度预算收支安排345.62万元，与上年预算568.43万元相比，减少222.81万元，下降39.2%。",
                "本年度预算收支安排203.72万元，以上年预算626.39万元为基数，减少422.67万元，下降67.48%。")) {
            assertEquals(List.of(), messages(new PercentChangeRule(), new Disclosures().text(right)), right);
        }
        for (String wrong : List.of("本年度预算收支安排405.8万元，比上年预算减少28.66万元，降幅0.66%。",
                "本年度预算收支安排345.62万元，与上年预算568.43万元相比，减少222.81万元，下降3.92%。")) {
            assertEquals(1, messages(new PercentChangeRule(), new Disclosures().text(wrong)).size(), wrong);
        }
    }

    @Test
    void aChangeGluedToWordsNamingNoItemIsPossiblyMisread() {
        // Text of two passages run together: whose change 29.23 is cannot be told, so the finding is info, with why.
        List<Finding> glued = new PercentChangeRule().check(new Disclosures().text(
                "（8）气象产业发展管理90.72万元，用于开展气象产业统计调研等工作，支撑构建较2025年年初预算增加29.23万元，增幅2.2%。").build());
        assertEquals(1, glued.size());
        assertEquals(Severity.INFO, glued.get(0).severity());
        assertEquals("low", glued.get(0).confidence());
        assertTrue(glued.get(0).doubt().contains("支撑构建"), glued.get(0).doubt());
        // 与…相比 is the comparison's own form: a wrong rate there stays an error.
        List<Finding> plain = new PercentChangeRule().check(new Disclosures().text(
                "单位预留机动经费预算数1685.72万元，与上年相比增加1557.29万元，增长1312.56%。").build());
        assertEquals(List.of(Severity.ERROR), plain.stream().map(Finding::severity).toList());
        assertEquals("high", plain.get(0).confidence());
    }

    @Test
    void aReasonNamingTheOppositeMoveContradictsTheChange() {
        Rule rule = new ReasonDirectionRule();
        for (String wrong : List.of("本年度预算收支安排110.93万元，较上年增加28.78万元，减少的主要原因是舆情处置项目完成。",
                "机关运行经费预算支出1579.38万元，与上年相比减少40.93万元，增长主要原因是新增办公用房。")) {
            assertEquals(1, messages(rule, new Disclosures().text(wrong)).size(), wrong);
        }
        for (String right : List.of("本年度预算收支安排110.93万元，较上年增加28.78万元，增加的主要原因是新增舆情监测项目。",
                "机关运行经费预算支出1579.38万元，与上年相比减少40.93万元，下降的主要原因是压减一般性支出。")) {
            assertEquals(List.of(), messages(rule, new Disclosures().text(right)), right);
        }
    }

    @Test
    void aReasonExplainsTheClauseRightBeforeIt() {
        Disclosures d = new Disclosures().text("2026年支出预算515,665.27万元，其中:一般公共预算支出19,828.57万元比2025年初预算数"
                + "20,292.85万元减少464.27万元，降低2.29%；国有资本经营预算支出495,836.20万元比2025年初预算数56,831.85增加较多，"
                + "主要原因是2026年初批复率提高。");
        assertEquals(List.of(), messages(new ReasonDirectionRule(), d));
    }

    @Test
    void aReasonThatNetsACutAgainstAnIncreaseIsNoContradictionButACutAloneIs() {
        Disclosures netted = new Disclosures().text("会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%，"
                + "根据实际开支人代会专项经费增加200万元，增减相抵后增加164.48万元。");
        assertEquals(List.of(), messages(new ReasonDirectionRule(), netted));

        Disclosures cut = new Disclosures().text("会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%。");
        assertEquals(List.of("“会议费”增加，但所述主要原因“按规定运转类专项经费统一压减10%”说的是压减"),
                messages(new ReasonDirectionRule(), cut));
    }

    private static List<String> messages(Rule rule, Disclosures d) {
        return rule.check(d.build()).stream().map(Finding::messageZh).toList();
    }
}
