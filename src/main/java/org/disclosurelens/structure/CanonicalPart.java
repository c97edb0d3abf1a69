package org.disclosurelens.structure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.text.Normalizer;

/**
 * The parts every layout is mapped onto: the nine of the county template (第一部分 to 第九部分),
 * plus the budget tables and the project explanations that provincial templates add. Each part
 * is recognised in a heading's title by its keywords; the order of the constants is the order in
 * which a title is tested, most specific first, so "三公经费和机关运行经费" names 三公 first.
 */
public enum CanonicalPart {
    THREE_PUBLIC(4, "三公经费", "三公"),
    OPERATING_COST(3, "机关运行经费", "机关运行"),
    PERFORMANCE(5, "绩效预算信息", "绩效"),
    PROCUREMENT(6, "政府采购", "政府采购|采购预算|采购情况"),
    STATE_ASSETS(7, "国有资产", "国有资产|资产占用|资产占有|固定资产"),
    GLOSSARY(8, "名词解释", "名词解释|名称解释|名词说明|术语解释"),
    PROJECT_EXPLANATIONS(11, "项目经费情况说明", "项目经费情况说明|项目经费说明|项目情况说明|项目支出情况说明"),
    BUDGET_TABLES(10, "预算表", "(预算|决算|公开)[^绩]*表$|部门预算表|单位预算表|决算表|公开表"),
    DUTIES_ORGANISATION(1, "部门职责及机构设置情况", "职责|职能|机构设置|机构情况|部门概况|单位概况|概况|单位构成|基本情况"),
    BUDGET_OVERVIEW(2, "部门预算安排的总体情况", "总体情况|总体安排|编制说明|预算情况说明|决算情况说明|收支|(收入|支出)(预算|决算)?(情况|说明)|预算安排"),
    OTHER(9, "其他需说明的事项", "其他");

    private final int number;
    private final String title;
    private final Pattern keywords;

    CanonicalPart(int number, String title, String keywords) {
        this.number = number;
        this.title = title;
        this.keywords = Pattern.compile(keywords);
    }

    /** 1-9 for the county template's parts, 10 for budget tables, 11 for project explanations. */
    public int number() {
        return number;
    }

    /** The county template's title for the part. */
    public String title() {
        return title;
    }

    /** True for the nine parts of the county template. */
    public boolean nine() {
        return number <= 9;
    }

    /**
     * Every part the title names, most specific first; empty when it names none. Part 2's words
     * (预算情况说明, 收支) also describe the specific parts, so they count only when no specific
     * part is named: “三公”经费预算情况说明 and 收支预算总表 are not merged with part 2.
     */
    public static List<CanonicalPart> matching(String title) {
        String t = Normalizer.normalize(title);
        List<CanonicalPart> found = Arrays.stream(values()).filter(p -> p.keywords.matcher(t).find()).toList();
        boolean specific = found.stream().anyMatch(p -> p != BUDGET_OVERVIEW && p != OTHER);
        return specific ? found.stream().filter(p -> p != BUDGET_OVERVIEW).toList() : found;
    }

    public static CanonicalPart byNumber(int number) {
        return Arrays.stream(values()).filter(p -> p.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + number));
    }
}
