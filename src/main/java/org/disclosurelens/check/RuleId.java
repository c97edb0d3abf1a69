package org.disclosurelens.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of audit rules: each id once, with its category, its default severity, whether a
 * document's own check or a corpus step raises it, and what it checks in Chinese and English.
 * {@code analyze --rules}, {@code --disable}, {@code --enable}, {@code --rules-config}, every
 * rule class and corpus step, and the test against docs/rules.md (where each rule is described,
 * with examples and known false positives) read the id from here.
 */
public enum RuleId {
    ARITH_PROSE_TOTAL("ARITH-PROSE-TOTAL", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "文中合计与同句所列各项之和不符",
            "a total stated in the text differs from the sum of the parts stated with it"),
    ARITH_INCREASE_OVER_AMOUNT("ARITH-INCREASE-OVER-AMOUNT", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "增加额大于本年数（上年数将为负）",
            "an increase larger than the amount it follows (the year before would be negative)"),
    ARITH_BALANCE("ARITH-BALANCE", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "预算收入总计与支出总计不等",
            "a budget's income total differs from its expenditure total"),
    ARITH_THREE_PUBLIC_TOTAL("ARITH-THREE-PUBLIC-TOTAL", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "“三公”经费表合计与各项之和不符",
            "the 三公 table's 合计 (or vehicle line) differs from the sum of its lines, in some column"),
    ARITH_THREE_PUBLIC_CHANGE("ARITH-THREE-PUBLIC-CHANGE", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "“三公”经费增减额不等于本年数减上年数",
            "a 三公 line's change differs from this year minus last year"),
    ARITH_PROJECT_FUNDS("ARITH-PROJECT-FUNDS", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "项目预算数不等于财政资金与其他资金之和",
            "a project's 预算数 differs from 财政资金 + 其他资金"),
    ARITH_PROJECTS_TOTAL("ARITH-PROJECTS-TOTAL", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "各项目预算数之和与所述项目支出不符",
            "the projects' 预算数 do not add up to the 项目支出 stated"),
    PLAN_OVER_100("PLAN-OVER-100", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "项目支出计划累计超过100%",
            "a project's spending plan exceeds 100%"),
    PLAN_UNDER_100("PLAN-UNDER-100", Category.ARITHMETIC, Severity.WARNING, Scope.DOCUMENT,
            "项目支出计划至最后时点未达100%",
            "a project's spending plan does not reach 100% by its last date"),
    ARITH_RECEPTION_MATCH("ARITH-RECEPTION-MATCH", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "“三公”表与机关运行经费明细中的公务接待费不一致",
            "公务接待费 differs between the 三公 table and the 机关运行经费 items"),
    ARITH_OPERATING_VS_PUBLIC("ARITH-OPERATING-VS-PUBLIC", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "机关运行经费大于基本支出中的日常公用经费",
            "机关运行经费 exceeds the 日常公用经费 of the basic expenditure"),
    ARITH_ASSETS_TOTAL("ARITH-ASSETS-TOTAL", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "固定资产总额与各项之和不符",
            "固定资产总额 differs from the sum of the fixed-asset items"),
    ARITH_TABLE_HIERARCHY("ARITH-TABLE-HIERARCHY", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "预算表中类（款）级数与其下款（项）级之和不符",
            "a 类 (or 款) line of a budget table differs from the sum of its 款 (or 项) lines"),
    ARITH_TABLE_TOTAL_ROW("ARITH-TABLE-TOTAL-ROW", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "预算表合计行与各类之和不符",
            "a budget table's 合计 line differs from the sum of its 类 lines"),
    ARITH_TABLE_COLUMNS("ARITH-TABLE-COLUMNS", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "预算表合计列与同组各列之和不符",
            "a budget table's 合计 column differs from the sum of the columns beside it"),
    ARITH_TABLE_BALANCE("ARITH-TABLE-BALANCE", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "收支总表收入总计与支出总计不等",
            "a budget's 收支总表 shows 收入总计 different from 支出总计"),
    ARITH_CROSS_TABLE("ARITH-CROSS-TABLE", Category.ARITHMETIC, Severity.ERROR, Scope.DOCUMENT,
            "两张预算表所列同一合计数不一致",
            "a total two budget tables both print differs between them (收支总表 and 收入总表 or 支出总表; 支出表's 基本支出 and the 基本支出表)"),
    IND_EMPTY_VALUE("IND-EMPTY-VALUE", Category.PLACEHOLDER, Severity.WARNING, Scope.DOCUMENT,
            "绩效指标描述或指标值为0或空",
            "performance indicators whose description or value is 0 or empty"),
    IND_BOILERPLATE("IND-BOILERPLATE", Category.PLACEHOLDER, Severity.WARNING, Scope.DOCUMENT,
            "项目多数指标的指标值相同，与所衡量内容无关",
            "most of a project's indicators share one value whatever they measure (≥90圆满完成)"),
    IND_REPEATED("IND-REPEATED", Category.PLACEHOLDER, Severity.WARNING, Scope.DOCUMENT,
            "同一文件中两个项目有成组逐字相同的指标行",
            "two projects of one document share a block of indicator rows word for word"),
    TEXT_TABLE_AMOUNT("TEXT-TABLE-AMOUNT", Category.TEXT_VS_TABLE, Severity.ERROR, Scope.DOCUMENT,
            "文中科目金额与预算表不符",
            "an amount the text states for a classification line differs from the table"),
    TEXT_UNIT_SCALE("TEXT-UNIT-SCALE", Category.DRAFTING, Severity.WARNING, Scope.DOCUMENT,
            "文中金额与表中相差一万倍（元、万元混用）",
            "an amount in the text is 10,000 times off its table line (元 written for 万元, or the reverse)"),
    TEXT_TABLE_TOTAL("TEXT-TABLE-TOTAL", Category.TEXT_VS_TABLE, Severity.ERROR, Scope.DOCUMENT,
            "文中总计与收支总表总计不符",
            "a 总计 stated in the text differs from the 总计 row of its summary table"),
    TEXT_PERCENT_CHANGE("TEXT-PERCENT-CHANGE", Category.TEXT_VS_TABLE, Severity.ERROR, Scope.DOCUMENT,
            "所列增减百分比与金额不符",
            "a printed change in percent does not follow from the amounts"),
    TEXT_PERCENT_SHARE("TEXT-PERCENT-SHARE", Category.TEXT_VS_TABLE, Severity.ERROR, Scope.DOCUMENT,
            "所列占比与金额不符",
            "a printed share in percent does not follow from the amounts (e.g. computed on the wrong total)"),
    TEXT_PERCENT_CUT("TEXT-PERCENT-CUT", Category.TEXT_VS_TABLE, Severity.WARNING, Scope.DOCUMENT,
            "以压减百分比解释的减少额与上年数不符",
            "a decrease explained as a cut of n% is not n% of last year's amount"),
    TEXT_REASON_UNCHANGED("TEXT-REASON-UNCHANGED", Category.CONTRADICTION, Severity.ERROR, Scope.DOCUMENT,
            "“三公”项目称无变化而金额有增减",
            "a 三公 line says nothing changed while its amounts differ"),
    TEXT_REASON_DIRECTION("TEXT-REASON-DIRECTION", Category.CONTRADICTION, Severity.WARNING, Scope.DOCUMENT,
            "增加以减少解释，或减少以增加解释",
            "an increase explained by a cut, or a decrease by an increase"),
    TEXT_UNCHANGED_CLAIM("TEXT-UNCHANGED-CLAIM", Category.CONTRADICTION, Severity.ERROR, Scope.DOCUMENT,
            "“三公”项目称持平而表中金额不同",
            "a 三公 item called unchanged (持平) while the table's amounts differ"),
    TEXT_REASON_TAUTOLOGY("TEXT-REASON-TAUTOLOGY", Category.CONTRADICTION, Severity.INFO, Scope.DOCUMENT,
            "变动原因只是重述变动本身",
            "a change whose stated reason only restates it (主要原因是公务接待费保持不变)"),
    TEXT_FINAL_DIRECTION("TEXT-FINAL-DIRECTION", Category.CONTRADICTION, Severity.ERROR, Scope.DOCUMENT,
            "决算数大于、小于或等于预算数的表述与两数不符",
            "决算 text says the outturn is above, below or equal to the budget (决算数大于预算数) while its own two amounts say otherwise"),
    TEXT_EMPTY_TABLE("TEXT-EMPTY-TABLE", Category.TEXT_VS_TABLE, Severity.WARNING, Scope.DOCUMENT,
            "“三公”等表无数据也无说明，而文中列有金额",
            "a 三公, 政府性基金 or 国有资本经营 table prints no amount and no note, while the text gives its subject an amount"),
    TEXT_YEAR_MISMATCH("TEXT-YEAR-MISMATCH", Category.DRAFTING, Severity.WARNING, Scope.DOCUMENT,
            "标题或资产统计时点的年度与文件年度不符",
            "a title names the document's kind for another year (2023年度部门决算 in a 2024 决算), or assets are counted at the end of a year other than the 决算's own or the budget's last"),
    TEXT_COMPARISON_YEAR("TEXT-COMPARISON-YEAR", Category.DRAFTING, Severity.WARNING, Scope.DOCUMENT,
            "比较基期年份有误（预算应与上年比，决算应与本年预算或上年决算比）",
            "a change stated against a year it cannot be against (比2026年预算 in a 2026 budget; a budget compares with the year before)"),
    CELL_NEGATIVE_AMOUNT("CELL-NEGATIVE-AMOUNT", Category.CELL, Severity.WARNING, Scope.DOCUMENT,
            "预算表中不应为负的金额为负数",
            "a budget table prints a negative amount in a column of amounts, not of changes"),
    CELL_SHARE_OVER_100("CELL-SHARE-OVER-100", Category.CELL, Severity.WARNING, Scope.DOCUMENT,
            "比率类绩效指标（满意度、覆盖率等）的指标值超过100%",
            "a performance indicator that is a share of a whole (满意度, 覆盖率) has a value over 100%"),
    PLACE_FOREIGN("PLACE-FOREIGN", Category.WRONG_PLACE, Severity.WARNING, Scope.DOCUMENT,
            "文中出现发布单位所在地以外的省、市、县",
            "text names a province, city or county other than the issuer's"),
    CODE_FOREIGN_DIVISION("CODE-FOREIGN-DIVISION", Category.WRONG_PLACE, Severity.WARNING, Scope.DOCUMENT,
            "项目编码以其他县的区划代码开头",
            "a project code starts with another county's division code"),
    DOMAIN_FOREIGN("DOMAIN-FOREIGN", Category.OUT_OF_DOMAIN, Severity.WARNING, Scope.DOCUMENT,
            "绩效目标或指标使用其他类部门的用语",
            "performance goals or indicators use terms of another kind of department"),
    PROC_CONTRADICTION("PROC-CONTRADICTION", Category.CONTRADICTION, Severity.WARNING, Scope.DOCUMENT,
            "称无政府采购而项目采购设备、软件或系统",
            "第六部分 says no government procurement while a project buys equipment, software or a system"),
    STATE_ASSET_CONTRADICTION("STATE-ASSET-CONTRADICTION", Category.CONTRADICTION, Severity.WARNING, Scope.DOCUMENT,
            "称无拟购置资产而项目购置设备",
            "第七部分 plans no asset purchase while a project installs equipment"),
    DRAFT_TEMPLATE_TEXT("DRAFT-TEMPLATE-TEXT", Category.DRAFTING, Severity.WARNING, Scope.DOCUMENT,
            "残留模板说明或占位符（按…填写、XX、某某）",
            "template instructions or placeholders left in the text (按…填写, 增加（减少）, XX, 某某)"),
    DRAFT_REPEATED_WORD("DRAFT-REPEATED-WORD", Category.DRAFTING, Severity.INFO, Scope.DOCUMENT,
            "词语重复（增加增加）",
            "a word typed twice in a row (增加增加)"),
    DRAFT_DOUBLED_PUNCTUATION("DRAFT-DOUBLED-PUNCTUATION", Category.DRAFTING, Severity.INFO, Scope.DOCUMENT,
            "标点重复（。。，，）",
            "a punctuation mark typed twice (。。, ，，)"),
    DRAFT_ITEM_NAME("DRAFT-ITEM-NAME", Category.DRAFTING, Severity.INFO, Scope.DOCUMENT,
            "“三公”项目名称与标准名称差一字",
            "a 三公 item name one character off its standard name (公务车用车运行费)"),
    COMPLETENESS_MISSING("COMPLETENESS-MISSING", Category.COMPLETENESS, Severity.INFO, Scope.DOCUMENT,
            "缺少应公开的部分、说明、绩效目标或预算表",
            "a required part (1-8), the 三公 change explanation, project targets or the budget tables are missing"),
    COMPLETENESS_TOC_TABLE("COMPLETENESS-TOC-TABLE", Category.COMPLETENESS, Severity.WARNING, Scope.DOCUMENT,
            "目录列出的预算（决算）表在正文中未见",
            "a budget or final-accounts table the table of contents lists is not in the document"),
    COPY_RARE_PASSAGE("COPY-RARE-PASSAGE", Category.COPY_PASTE, Severity.WARNING, Scope.CORPUS,
            "与其他发布单位文件共有少见段落",
            "shares passages that few issuers use with another issuer's document (info when two departments of one kind may share a model)"),
    ARITH_YEAR_OVER_YEAR("ARITH-YEAR-OVER-YEAR", Category.ARITHMETIC, Severity.WARNING, Scope.CORPUS,
            "所列上年数与同一单位上年文件不符",
            "a figure stated for last year differs from last year's document of the same issuer (error in 决算)"),
    COPY_STALE_TEXT("COPY-STALE-TEXT", Category.COPY_PASTE, Severity.WARNING, Scope.CORPUS,
            "含金额的段落逐字沿用上年文件，金额未更新",
            "a paragraph with amounts repeated word for word from the issuer's document of the year before, its amounts not this year's (info when they agree)"),
    PEER_OUTLIER("PEER-OUTLIER", Category.OUTLIER, Severity.INFO, Scope.CORPUS,
            "比例明显偏离同年同类部门（稳健z值）",
            "a share (三公/支出, 项目支出/支出, 人员经费/基本支出, placeholder indicators) far from its peers' (same kind of department, year and 预算/决算; robust z)");

    /** Who raises the rule's findings. */
    public enum Scope {
        /** A check of one document, run by {@code analyze} as it reads the document. */
        DOCUMENT,
        /** A corpus step, comparing documents after the batch (reuse, series). */
        CORPUS
    }

    private final String id;
    private final Category category;
    private final Severity severity;
    private final Scope scope;
    private final String titleZh;
    private final String title;

    RuleId(String id, Category category, Severity severity, Scope scope, String titleZh, String title) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.scope = scope;
        this.titleZh = titleZh;
        this.title = title;
    }

    /** The id as anomalies.csv and docs/rules.md write it: ARITH-CROSS-TABLE. */
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    /** The severity of the rule's findings unless the rule lowers one (to info when its input is doubtful) or a user sets another. */
    public Severity severity() {
        return severity;
    }

    public Scope scope() {
        return scope;
    }

    /** What the rule checks, in one Chinese line. */
    public String titleZh() {
        return titleZh;
    }

    /** What the rule checks, in one English line. */
    public String title() {
        return title;
    }

    /** The rule of an id as written (case and _ for - forgiven); empty for an unknown id. */
    public static Optional<RuleId> of(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst();
    }
}
