package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TEXT-FINAL-DIRECTION, TEXT-YEAR-MISMATCH, TEXT-EMPTY-TABLE and DRAFT-DOUBLED-PUNCTUATION on disclosures written by hand. */
class YearAndDirectionRulesTest {

    private static final Rule DIRECTION = new FinalDirectionRule();
    private static final Rule YEAR = new YearMismatchRule();
    private static final Rule DOUBLED = new DoubledPunctuationRule();
    private static final Rule COMPARED = new ComparisonYearRule();

    @Test
    void aFinalAccountsClaimIsReadAgainstTheTwoAmountsBeforeIt() {
        Disclosures right = new Disclosures().of("2024", "决算").text(
                "5、行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为 85.55 万元，支出决算为 84.65 万元。决算数小于预算数的主要原因：预算按充分保障预估。",
                "2、一般行政管理事务（项）。年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。",
                "8、其他养老支出（项）。年初预算为0.94万元，支出决算为0.93万元。决算数与预算数基本持平。",
                "3、信息化建设（项）。年初预算为12,000元，支出决算为13,500元。决算数大于预算数的主要原因：追加系统维护。",
                "决算数大于预算数的主要原因：年中追加。");
        assertEquals(List.of(), check(DIRECTION, right));

        List<Finding> wrong = DIRECTION.check(new Disclosures().of("2024", "决算").text(
                "1、行政运行（项）。年初预算为 1560.05 万元，支出决算为 1511.89 万元。 决算数大于预算数的主要原因：人员进出及退休变化。",
                "9、行政单位医疗（项）。年初预算为62.29 万元，支出决算为 60.99 万元。 决算数等于预算数的主要原因：预算按周全保障测算。").build());
        assertEquals(List.of("小于 大于 ERROR", "小于 等于 ERROR"),
                wrong.stream().map(f -> f.expected() + " " + f.actual() + " " + f.severity()).toList());
        assertEquals("文中称决算数大于预算数，但所列年初预算1560.05万元、支出决算1511.89万元，决算数小于预算数", wrong.get(0).messageZh());
    }

    @Test
    void aTitleOfAnotherYearsDocumentOfTheSameKindIsFlaggedSentencesComparingYearsAreNot() {
        Disclosures d = new Disclosures().of("2024", "决算").text(
                "第三部分 某局2023年度部门决算情况说明",
                "某局2023年度部门决算表",
                "与2023年度决算相比，支出减少63.14万元。",
                "（一）因公出国（境）费0万元，与2023年预算持平。",
                "2023年部门预算执行情况");
        assertEquals(List.of("2023 2024", "2023 2024"), check(YEAR, d));

        Disclosures budget = new Disclosures().text("2026年部门预算公开", "2025年部门预算含中央基建资金，2026年部门预算不含。");
        assertEquals(List.of(), check(YEAR, budget));
    }

    @Test
    void aBudgetComparesWithTheYearBeforeFinalAccountsAlsoWithTheirOwnBudget() {
        // A 2026 budget (the default of Disclosures): its own year named as the base, once per paragraph.
        Disclosures own = new Disclosures().text(
                "2026年，某局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元；政府性基金0万元，与2026年预算持平。",
                "支出预算8000万元，较2024年度预算减少20万元。",
                "本年度预算收支安排512.4万元，较2026年增加12.4万元。");
        assertEquals(List.of("2026 2025", "2024 2025", "2026 2025"), check(COMPARED, own));

        Disclosures right = new Disclosures().text(
                "财政拨款收入9628.22万元，比2025年预算增加793.14万元；与2025年预算持平。",
                "2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
                "支出预算比2024年决算数增加120万元。",
                "到2026年末，全县粮食产量比2020年增长30%。",
                "较2026年增加，详见附表。");
        assertEquals(List.of(), check(COMPARED, right));

        Disclosures accounts = new Disclosures().of("2024", "决算").text(
                "2024年度收入决算1200万元，比2023年度决算增加20万元。",
                "支出决算1180万元，较2024年年初预算减少15万元。",
                "与2022年度决算相比，支出减少63.14万元。");
        assertEquals(List.of("2022 2024"), check(COMPARED, accounts));
    }

    @Test
    void assetsAreCountedAtTheEndOfTheAccountsYearOrOfTheYearBeforeTheBudget() {
        String counted = "截至%s年12月31日，某局共有车辆2辆，单价50万元以上设备0台。";
        assertEquals(List.of("2023 2024"), check(YEAR, new Disclosures().of("2024", "决算").text(counted.formatted("2023"))));
        assertEquals(List.of(), check(YEAR, new Disclosures().of("2024", "决算").text(counted.formatted("2024"))));
        assertEquals(List.of(), check(YEAR, new Disclosures().text(counted.formatted("2025"))));
        assertEquals(List.of("2026 2025"), check(YEAR, new Disclosures().text(counted.formatted("2026"))));
        assertEquals(List.of(), check(YEAR, new Disclosures().text("截至2025年6月30日，某局共有车辆2辆。")));
    }

    @Test
    void aMarkTypedTwiceIsToldAtInfoTheEllipsisAndTheDashAreNot() {
        List<Finding> found = DOUBLED.check(new Disclosures().text("主要用于相关人才配套经费支出。。", "其中：办公费、、印刷费。",
                "详见附表……", "基本支出——人员经费。").build());
        assertEquals(List.of("标点重复“。。” INFO", "标点重复“、、” INFO"), found.stream().map(f -> f.messageZh() + " " + f.severity()).toList());
    }

    @Test
    void aThreePublicTableWithoutAnAmountOrANoteIsFlaggedWhenTheTextGivesOne() {
        Rule empty = new EmptyTableRule();
        List<List<String>> header = List.of(List.of("合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"),
                List.of("预算数", "预算数", "预算数", "预算数"));
        String text = "“三公”经费财政拨款支出年初预算为12.50万元，支出决算为11.20万元。";
        List<Finding> found = empty.check(new Disclosures().table("财政拨款“三公”经费支出决算表", header).text(text).build());
        assertEquals(List.of("12.50万元"), found.stream().map(Finding::actual).toList());
        assertEquals(List.of(), empty.check(new Disclosures().table("财政拨款“三公”经费支出决算表", header)
                .text("注：本单位无“三公”经费支出，故本表无数据。", text).build()), "a note says it is empty on purpose");
        List<List<String>> filled = List.of(header.get(0), header.get(1), List.of("12.50", "0.00", "10.00", "2.50"));
        assertEquals(List.of(), empty.check(new Disclosures().table("财政拨款“三公”经费支出决算表", filled).text(text).build()));
        assertEquals(List.of(), empty.check(new Disclosures().table("政府性基金预算财政拨款支出表", header).text(text).build()),
                "the text gives no 政府性基金 amount");
        // A paragraph opening with a place named 无… is no note (a Jiangsu budget: 无锡市锡山区财政局…).
        assertEquals(List.of("12.50万元"), empty.check(new Disclosures().table("财政拨款“三公”经费支出决算表", header)
                .text("无锡市某区某局2024年度收入、支出预算总计255.18万元。", text).build()).stream().map(Finding::actual).toList());
    }

    /** Each finding as "actual expected". */
    private static List<String> check(Rule rule, Disclosures d) {
        return rule.check(d.build()).stream().map(f -> f.actual() + " " + f.expected()).toList();
    }
}
