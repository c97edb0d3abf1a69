package org.disclosurelens.table;

import java.util.regex.Pattern;
import org.disclosurelens.text.Normalizer;

/**
 * The kinds of table a disclosure holds, recognised from the table's title. The constants are
 * tested in order, most specific first, so "一般公共预算财政拨款基本支出决算表" is a basic-expenditure
 * table and not a general-budget one.
 */
public enum TableKind {
    THREE_PUBLIC("three_public", "三公"),
    PERFORMANCE_TARGET("performance_target", "绩效目标"),
    FIXED_ASSETS("fixed_assets", "固定资产|资产占用|资产占有"),
    ORGANISATION("organisation", "机构设置|单位构成"),
    GOVERNMENT_FUND("government_fund", "政府性基金"),
    STATE_CAPITAL("state_capital", "国有资本经营"),
    BASIC_ECONOMIC("basic_economic", "基本支出"),
    OPERATING_COST("operating_cost", "机关运行"),
    PROCUREMENT("procurement", "政府采购"),
    FISCAL_SUMMARY("fiscal_summary", "财政拨款收支|财政拨款收入支出"),
    GENERAL_PUBLIC("general_public", "一般公共预算"),
    FISCAL_EXPENDITURE("fiscal_expenditure", "财政拨款支出"),
    SUMMARY("summary", "收支|收入支出"),
    INCOME("income", "收入"),
    EXPENDITURE("expenditure", "支出"),
    OTHER("other", "(?!)");

    private final String label;
    private final Pattern title;

    TableKind(String label, String title) {
        this.label = label;
        this.title = Pattern.compile(title);
    }

    /** The kind as written in CSV output: three_public, summary, general_public, … */
    public String label() {
        return label;
    }

    /** True for the standard budget tables (收支总表 to 基本支出表) that budget_lines.csv covers. */
    public boolean budget() {
        return switch (this) {
            case GOVERNMENT_FUND, STATE_CAPITAL, BASIC_ECONOMIC, OPERATING_COST, FISCAL_SUMMARY, GENERAL_PUBLIC,
                    FISCAL_EXPENDITURE, SUMMARY, INCOME, EXPENDITURE -> true;
            default -> false;
        };
    }

    /** The kind a title names; OTHER when it names none. */
    public static TableKind ofTitle(String title) {
        String t = Normalizer.normalize(title);
        for (TableKind kind : values()) {
            if (kind.title.matcher(t).find()) {
                return kind;
            }
        }
        return OTHER;
    }
}
