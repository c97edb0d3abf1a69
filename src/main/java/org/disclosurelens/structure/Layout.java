package org.disclosurelens.structure;

/** The templates a disclosure's outline is recognised as; each maps onto {@link CanonicalPart}. */
public enum Layout {
    /** 第一部分 部门职责及机构设置情况 … 第九部分 其他需说明的事项 (county template, e.g. Hebei), or 一、… style. */
    COUNTY_NINE_PART("county-nine-part"),
    /** Shanghai budgets: 一、部门主要职能 / 二、部门机构设置 / 三、名词解释 / 四、编制说明 / 五、预算表 / 六、其他相关情况说明 / 七、项目经费情况说明. */
    SHANGHAI_BUDGET("shanghai-budget"),
    /** 决算 in four parts: 第一部分 概况 / 第二部分 决算表 / 第三部分 决算情况说明 / 第四部分 名词解释. */
    FINAL_ACCOUNTS("final-accounts"),
    /** Jiangsu budgets: 第一部分 部门概况 / 第二部分 部门预算表 / 第三部分 部门预算情况说明 / 第四部分 名词解释. */
    JIANGSU_BUDGET("jiangsu-budget"),
    /** Budget tables alone (公开01表 …), without explanatory text. */
    TABLES_ONLY("tables-only"),
    /** No known template: headings are still reported, mapped where their titles allow. */
    UNKNOWN("unknown");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean recognised() {
        return this != UNKNOWN;
    }
}
