package org.disclosurelens.generate;

/** The outline a generated disclosure follows; the labels are those documents.csv reports. */
public enum Template {
    /** 第一部分 部门职责及机构设置情况 … 第九部分 其他需说明的事项, as counties publish (the seed). */
    COUNTY_NINE_PART("county-nine-part"),
    /** Shanghai district budgets: unnumbered titles, the nine budget tables, 其他相关情况说明, project notes. */
    SHANGHAI_BUDGET("shanghai-budget"),
    /** Jiangsu: 第一部分 部门概况 / 第二部分 部门预算表 / 第三部分 情况说明 / 第四部分 名词解释. */
    JIANGSU_BUDGET("jiangsu-budget");

    private final String label;

    Template(String label) {
        this.label = label;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }
}
