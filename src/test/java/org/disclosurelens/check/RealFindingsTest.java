package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosurelens.pipeline.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The errors found by hand in the real files (corpus/README.md says what each file holds) are flagged, and files
 * whose sums agree get no arithmetic flag.
 */
class RealFindingsTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @Test
    void flagsThreePublicSharesComputedOnTheWrongBase() {
        List<Finding> shares = findings("014_js_npc_office_2017_dept_budget.pdf", "TEXT-PERCENT-SHARE");
        assertEquals(List.of("26.69|8.75", "22.02|7.22", "51.28|16.81"),
                shares.stream().map(f -> f.expected() + "|" + f.actual()).toList());
        assertTrue(shares.get(0).messageZh().contains("按“三公”经费、会议费、培训费合计计算所得，基数有误"), shares.get(0).messageZh());
    }

    @Test
    void flagsTemplateInstructionsAndAMiscountedCutButNotAReasonThatNetsACutAgainstAnIncrease() {
        String file = "016_js_npc_standing_cttee_2019_dept_budget.pdf";
        assertTrue(findings(file, "DRAFT-TEMPLATE-TEXT").stream().anyMatch(f -> f.evidence().contains("增加（减少）0万元")));
        // 会议费 "增加164.48万元，主要原因按规定运转类专项经费统一压减10%，根据实际开支人代会专项经费增加200万元，
        // 增减相抵后增加164.48万元": the reason goes on past its cut and nets it (judged false against the page).
        assertEquals(List.of(), findings(file, "TEXT-REASON-DIRECTION"));
        Finding cut = findings(file, "TEXT-PERCENT-CUT").get(0);
        assertEquals("22.25|23.25", cut.expected() + "|" + cut.actual());
    }

    @Test
    void flagsAnAmountTheTextStatesTwiceDifferently() {
        Finding f = findings("001_sh_putuo_wanli_subdistrict_2024_dept_budget.pdf", "TEXT-TABLE-AMOUNT").get(0);
        assertEquals("350.3499|352.67", f.expected() + "|" + f.actual());
    }

    @Test
    void flagsATotalTheTextStatesAgainstTheSummaryTable() {
        // 007 is the source repository's test copy of 010 with its 收入支出总计 printed as 0万元.
        List<Finding> total = findings("007_sh_putuo_finance_2024_final_accounts_BADTEST_modified.pdf", "TEXT-TABLE-TOTAL");
        assertEquals(1, total.size(), total::toString);
        Finding f = total.get(0);
        assertEquals("18|2995.39|0|上海市普陀区财政局 2024 年度收入支出总计 0 万元。",
                f.location().page() + "|" + f.expected() + "|" + f.actual() + "|" + f.evidence());
        assertEquals("文中收入支出总计为0 万元，但收入支出决算总表的总计为2995.39万元", f.messageZh());
        assertEquals(List.of(), findings("009_sh_putuo_social_work_dept_2024_final_accounts.pdf", "TEXT-TABLE-TOTAL"));
    }

    @Test
    void flagsAProjectAmountPrintedOnTheLineOfAnOperatingExpense() {
        // 013's 支出预算总表 and 一般公共预算支出功能分类预算表 print 项目支出 64,840,547.00 on 2040601
        // 行政运行 (its 部门 version 012 prints 0.00): the 款 above no longer adds up, nor the line itself.
        List<String> flags = findings("013_sh_putuo_justice_2026_unit_budget.pdf", "ARITH-TABLE-HIERARCHY", "ARITH-TABLE-COLUMNS");
        assertEquals(List.of(
                "ARITH-TABLE-HIERARCHY|11|12968.1094|6484.0547|20406 司法 | 支出预算/项目支出 64,840,547.00",
                "ARITH-TABLE-COLUMNS|11|7918.940034|1434.885334|2040601 行政运行 | 支出预算/合计 14,348,853.34",
                "ARITH-TABLE-HIERARCHY|14|12968.1094|6484.0547|20406 司法 | 一般公共预算支出/项目支出 64,840,547.00",
                "ARITH-TABLE-COLUMNS|14|7918.940034|1434.885334|2040601 行政运行 | 一般公共预算支出/合计 14,348,853.34"), flags);
    }

    @Test
    void checksASummaryTableWhoseBasicColumnHasOnlySubColumns() {
        // 财务收支预算总表: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出, and no 基本支出 column of its
        // own; its 合计 is the sum of the three, to the yuan (printed 79,189,400.34 over integers).
        assertEquals(List.of(), findings("013_sh_putuo_justice_2026_unit_budget.pdf", "ARITH-TABLE-COLUMNS").stream()
                .filter(f -> f.evidence().contains("本年支出")).toList());
    }

    @Test
    void flagsTautologicalReasonsAsInfo() {
        Finding f = findings("040_sh_putuo_wanli_subdistrict_2023_dept_budget.pdf", "TEXT-REASON-TAUTOLOGY").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.messageZh().startsWith("34处变动原因只是重述变动本身"), f.messageZh());
    }

    @Test
    void flagsAnIncreaseOnNothing() {
        // 040 p6: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元" — the change of the clause before,
        // copied with it (2022 would have been -1421.25万元). Nothing else on the real files.
        List<Finding> found = findings("040_sh_putuo_wanli_subdistrict_2023_dept_budget.pdf", "ARITH-INCREASE-OVER-AMOUNT");
        assertEquals(1, found.size(), found::toString);
        assertEquals("0 1421.25 政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；",
                found.get(0).expected() + " " + found.get(0).actual() + " " + found.get(0).evidence());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void flagsTheMisspelt三公ItemNameOf万里街道() {
        // "公务车用车运行费" for 公务用车运行费 (found by hand in 040; 001 and 002 copy the sentence).
        for (String file : List.of("040_sh_putuo_wanli_subdistrict_2023_dept_budget.pdf", "001_sh_putuo_wanli_subdistrict_2024_dept_budget.pdf")) {
            List<Finding> found = findings(file, "DRAFT-ITEM-NAME");
            assertEquals(1, found.size(), file);
            assertEquals("“三公”经费项目名称疑有笔误：“公务车用车运行费”应为“公务用车运行费”", found.get(0).messageZh());
            assertEquals(Severity.INFO, found.get(0).severity());
            assertTrue(found.get(0).evidence().contains("公务车用车运行费"), found.get(0).evidence());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_sh_putuo_wanli_subdistrict_2024_dept_budget.pdf", "004_sh_putuo_govoffice_2025_unit_budget.pdf",
        "009_sh_putuo_social_work_dept_2024_final_accounts.pdf", "012_sh_putuo_justice_2026_dept_budget.pdf",
        "014_js_npc_office_2017_dept_budget.pdf", "016_js_npc_standing_cttee_2019_dept_budget.pdf",
        "017_js_npc_office_2019_budget_tables.pdf", "040_sh_putuo_wanli_subdistrict_2023_dept_budget.pdf"})
    void flagsNoArithmeticErrorWhereTheSumsAgree(String file) {
        Path path = Path.of("corpus", "real", file);
        // The sums agree; 040's one change that no sum checks is wrong (flagsAnIncreaseOnNothing).
        List<String> arithmetic = ANALYZER.analyze(path, path.getParent()).findings().stream()
                .filter(f -> f.category() == Category.ARITHMETIC && f.severity() != Severity.INFO
                        && !f.rule().equals("ARITH-INCREASE-OVER-AMOUNT"))
                .map(f -> f.rule() + " " + f.messageZh()).toList();
        assertEquals(List.of(), arithmetic);
    }

    private static List<String> findings(String file, String... rules) {
        List<String> wanted = List.of(rules);
        Path path = Path.of("corpus", "real", file);
        return ANALYZER.analyze(path, path.getParent()).findings().stream().filter(f -> wanted.contains(f.rule()))
                .sorted(java.util.Comparator.comparing((Finding f) -> f.location().page()))
                .map(f -> f.rule() + "|" + f.location().page() + "|" + f.expected() + "|" + f.actual() + "|" + f.evidence()).toList();
    }

    private static List<Finding> findings(String file, String rule) {
        Path path = Path.of("corpus", "real", file);
        return ANALYZER.analyze(path, path.getParent()).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
