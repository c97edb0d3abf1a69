package org.disclosurelens.generate;

/** The outline a generated disclosure follows; the labels are those documents.csv reports. */
public enum Template {
    /** 第一部分 部门职责及机构设置情况 … 第九部分 其他需说明的事项, as counties publish (the seed). */
    COUNTY_NINE_PART("county-nine-part"),
    /** Shanghai district budgets: unnumbered titles, the nine budget tables, 其他相关情况说明, project notes. */
    SHANGHAI_BUDGET("shanghai-budget"),
    /** Jiangsu: 第一部分 部门概况 / 第二部分 部门预算表 / 第三部分 情况说明 / 第四部分 名词解释. */
    JIANGSU_BUDGET("jiangsu-budget"),
    /**
     * Final accounts (部门决算) of Shanghai's districts: 第一部分 概况 / 第二部分 决算表 / 第三部分 决算情况说明
     * (each 项 against its 年初预算) / 第四部分 名词解释. Drawn only when named: the corpora of the
     * budget templates stay as their seeds gave them.
     */
    FINAL_ACCOUNTS("final-accounts");

    private final String label;

    Template(String label) {
        this.label = label;
    }

    /** The templates drawn when none are named: the budgets. */
    public static java.util.List<Template> defaults() {
        return java.util.List.of(COUNTY_NINE_PART, SHANGHAI_BUDGET, JIANGSU_BUDGET);
    }

    /** The kind of document the template writes, as documents.csv reports it: 预算 or 决算. */
    public String kind() {
        return this == FINAL_ACCOUNTS ? "决算" : "预算";
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }
}
