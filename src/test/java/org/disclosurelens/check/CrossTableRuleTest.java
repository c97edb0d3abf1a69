package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ARITH-CROSS-TABLE on budgets whose tables are written out by hand in the shapes budgets print:
 * a 收支总表 with both sides, a 收入总表 and a 支出总表 with 合计 lines, a basic-expenditure table of
 * the general budget beside the general budget's expenditure table; each table sums right on its
 * own, so only the comparison between tables can find the error.
 */
class CrossTableRuleTest {

    private static final List<List<String>> SUMMARY = List.of(
            List.of("收入", "", "支出", ""),
            List.of("项目", "预算数", "项目", "预算数"),
            List.of("一、一般公共预算拨款收入", "120.00", "一、一般公共服务支出", "100.00"),
            List.of("二、事业收入", "30.00", "二、社会保障和就业支出", "50.00"),
            List.of("本年收入合计", "150.00", "本年支出合计", "150.00"),
            List.of("上年结转", "0.00", "结转下年", "0.00"),
            List.of("收入总计", "150.00", "支出总计", "150.00"));

    private static List<List<String>> income(String total, String fiscal, String business) {
        return List.of(
                List.of("科目编码", "科目名称", "合计", "一般公共预算拨款收入", "事业收入"),
                List.of("", "合计", total, fiscal, business),
                List.of("201", "一般公共服务支出", "100.00", "70.00", "30.00"),
                List.of("208", "社会保障和就业支出", "50.00", "50.00", ""));
    }

    private static List<List<String>> expenditure(String total, String basic, String project) {
        return List.of(
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("", "合计", total, basic, project),
                List.of("201", "一般公共服务支出", "100.00", "60.00", "40.00"),
                List.of("208", "社会保障和就业支出", "50.00", "50.00", ""));
    }

    private static final List<List<String>> GENERAL = List.of(
            List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
            List.of("", "合计", "120.00", "110.00", "10.00"),
            List.of("201", "一般公共服务支出", "70.00", "60.00", "10.00"),
            List.of("208", "社会保障和就业支出", "50.00", "50.00", ""));

    private static List<List<String>> basic(String total, String personnel, String publicFunds) {
        return List.of(
                List.of("科目编码", "科目名称", "合计", "人员经费", "公用经费"),
                List.of("", "合计", total, personnel, publicFunds),
                List.of("301", "工资福利支出", personnel, personnel, ""),
                List.of("302", "商品和服务支出", publicFunds, "", publicFunds));
    }

    @Test
    void tablesThatAgreeGiveNothing() {
        Disclosure d = budget(income("150.00", "120.00", "30.00"), expenditure("150.00", "110.00", "40.00"),
                basic("110.00", "95.00", "15.00")).build();
        assertEquals(List.of(), messages(d));
    }

    @Test
    void reportsAnIncomeTableWhoseTotalIsNeitherTotalOfTheSummary() {
        // The 收入总表 of an earlier draft: its own lines add up, to 140.
        List<List<String>> draft = List.of(
                List.of("科目编码", "科目名称", "合计", "一般公共预算拨款收入", "事业收入"),
                List.of("", "合计", "140.00", "110.00", "30.00"),
                List.of("201", "一般公共服务支出", "90.00", "60.00", "30.00"),
                List.of("208", "社会保障和就业支出", "50.00", "50.00", ""));
        Disclosure d = budget(draft, expenditure("150.00", "110.00", "40.00"), basic("110.00", "95.00", "15.00")).build();
        List<Finding> findings = new CrossTableRule().check(d);
        assertEquals(List.of("“部门收入预算表”收入合计为140.00，但“部门收支预算总表”中本年收入合计150.00、收入总计150.00，两表不一致"),
                findings.stream().map(Finding::messageZh).toList());
        Finding f = findings.get(0);
        assertEquals("150|140|error", f.expected() + "|" + f.actual() + "|" + f.severity().label());
        assertEquals(List.of(), new TableTotalRowRule().check(d), "the draft adds up on its own");
    }

    @Test
    void reportsABasicTableOfTheGeneralBudgetAgainstThatBudgetsExpenditureTable() {
        Disclosure d = budget(income("150.00", "120.00", "30.00"), expenditure("150.00", "110.00", "40.00"),
                basic("108.00", "93.00", "15.00")).build();
        assertEquals(List.of("“一般公共预算基本支出表”合计为108.00，但“一般公共预算支出表”中基本支出为110.00，两表不一致"), messages(d));
        assertEquals(Severity.ERROR, new CrossTableRule().check(d).get(0).severity());
    }

    @Test
    void aBasicTableNamingNoFundsIsComparedWithTheExpenditureTableAtWarning() {
        Disclosures b = new Disclosures()
                .table("部门收支预算总表", SUMMARY)
                .table("部门支出预算表", expenditure("150.00", "110.00", "40.00"))
                .table("基本支出预算表", basic("105.00", "90.00", "15.00"));
        List<Finding> findings = new CrossTableRule().check(b.build());
        assertEquals(List.of("“基本支出预算表”合计为105.00，但“部门支出预算表”中基本支出为110.00，两表不一致"),
                findings.stream().map(Finding::messageZh).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void finalAccountsKeepOnlyTheBasicTableAgainstItsExpenditureTable() {
        // The 收入表 (140) against the 收支总表 (150) is not read in a 决算 (结余 and 结转 vary); the
        // 基本支出表 against the 基本支出 of the 支出表 of its funds is.
        Disclosure d = budget(income("140.00", "110.00", "30.00"), expenditure("150.00", "110.00", "40.00"),
                basic("110.00", "95.00", "15.00")).of("2025", "决算").build();
        assertEquals(List.of(), messages(d));
        Disclosure drafted = budget(income("150.00", "120.00", "30.00"), expenditure("150.00", "110.00", "40.00"),
                basic("108.00", "93.00", "15.00")).of("2025", "决算").build();
        assertEquals(List.of("“一般公共预算基本支出表”合计为108.00，但“一般公共预算支出表”中基本支出为110.00，两表不一致"), messages(drafted));
    }

    private static Disclosures budget(List<List<String>> income, List<List<String>> expenditure, List<List<String>> basic) {
        return new Disclosures()
                .table("部门收支预算总表", SUMMARY)
                .table("部门收入预算表", income)
                .table("部门支出预算表", expenditure)
                .table("一般公共预算支出表", GENERAL)
                .table("一般公共预算基本支出表", basic);
    }

    private static List<String> messages(Disclosure d) {
        return new CrossTableRule().check(d).stream().map(Finding::messageZh).toList();
    }
}
