package org.disclosurelens.figure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard names for the budget items prose states amounts of, each with its place in the budget's
 * hierarchy, so "年初部门收入预算总额" and "收入预算" are both 收入, and "日常公用经费" is
 * 支出/基本支出/公用经费 wherever it is written. Tested in order, most specific first, against the
 * end of a label.
 */
public final class Labels {

    private record Entry(List<String> path, Pattern pattern) {
    }

    private static final List<Entry> ENTRIES = List.of(
            entry("收入/财政拨款收入/一般公共预算收入", "一般公共预算(财政)?(拨款)?(收入|资金)(预算)?"),
            entry("收入/财政拨款收入/政府性基金收入", "政府性基金(预算)?(财政)?(拨款)?(收入|资金)(预算)?"),
            entry("收入/财政拨款收入/国有资本经营预算收入", "国有资本经营预算(财政)?(拨款)?(收入|资金)(预算)?"),
            entry("收入/财政拨款收入", "财政拨款收入(预算)?"),
            entry("收入/事业收入", "(?<!经营)事业收入(预算)?"),
            entry("收入/事业单位经营收入", "经营收入(预算)?"),
            entry("收入/财政专户管理资金收入", "财政专户管理资金(收入)?(预算)?"),
            entry("收入/上级补助收入", "上级补助收入(预算)?"),
            entry("收入/附属单位上缴收入", "附属单位上缴收入(预算)?"),
            entry("收入/其他收入", "其他收入(预算)?"),
            entry("收入/上年结转", "上年结转(和)?(结余)?(资金)?|上年结余(结转)?(资金)?"),
            entry("支出/财政拨款支出/一般公共预算支出", "一般公共预算(财政)?(拨款)?支出(预算)?"),
            entry("支出/财政拨款支出/政府性基金支出", "政府性基金(预算)?(财政)?(拨款)?支出(预算)?"),
            entry("支出/财政拨款支出/国有资本经营预算支出", "国有资本经营预算(财政)?(拨款)?支出(预算)?"),
            entry("支出/财政拨款支出", "财政拨款支出(预算)?"),
            entry("支出/基本支出/人员经费", "人员经费(支出)?|人员支出|工资福利支出"),
            entry("支出/基本支出/公用经费", "(日常)?公用经费(支出)?|公用支出"),
            entry("支出/基本支出", "基本支出(预算)?"),
            entry("支出/项目支出", "项目支出(预算)?"),
            entry("三公经费/因公出国（境）费", "因公出国(\\(境\\))?(经)?费(用)?"),
            // "公务车" is a common short form, "公务车用车" a slip seen in print (040's 2023 budget).
            entry("三公经费/公务用车购置及运行费/公务用车购置费", "公务用?车(用车)?购置(经)?费?"),
            entry("三公经费/公务用车购置及运行费/公务用车运行费", "公务用?车(用车)?运行(维护)?(经)?费"),
            entry("三公经费/公务用车购置及运行费", "公务用?车(用车)?购置及运行(维护)?(经)?费"),
            entry("三公经费/公务接待费", "公务接待(经)?费(支出)?"),
            entry("三公经费", "\"?三公\"?经费(预算(数)?|支出|决算(数)?)?(总额|合计)?"),
            entry("机关运行经费", "机关运行(经)?费(预算|支出)?"),
            entry("会议费", "会议费"),
            entry("培训费", "培训费"),
            entry("政府采购/货物", "(政府|拟)?采购货物(支出)?(预算)?"),
            entry("政府采购/工程", "(政府|拟)?采购工程(支出)?(预算)?"),
            entry("政府采购/服务", "(政府采购|拟购买|拟采购|购买)服务(支出)?(预算)?"),
            entry("政府采购", "政府采购(支出)?(预算)?(总额)?"),
            entry("固定资产", "固定资产(总金额|总额|原值|总值)?"),
            entry("收支", "(预算)?收支(总)?(预算)?(总额|总计|合计)?|收入支出(预算|决算)?(总额|总计|合计)?"),
            entry("收入", "收入(预算)?(总额|总计|合计)?|收入总预算|收入预算总额"),
            entry("支出", "支出(预算)?(总额|总计|合计)?|支出总预算|支出预算总额"));

    private Labels() {
    }

    private static Entry entry(String path, String pattern) {
        return new Entry(List.of(path.split("/")), Pattern.compile("(?:^|(?<=[^\\p{IsHan}]|部门|单位|年初|全年|本年|本年度|当年|预算|年度|拨款|的))(?:" + pattern + ")$"));
    }

    /** What a label may end with after the item's name: "公务接待费预算支出", "基本支出预算数". */
    private static final Pattern MEASURE = Pattern.compile("(预算)?(支出|数)$|预算$");

    /**
     * The standard path of a label ("人员经费" is [支出, 基本支出, 人员经费]); empty for other items.
     * A measure word after the name is tried without first ("公务接待费预算支出" is 公务接待费).
     */
    static Optional<List<String>> path(String label) {
        String l = label.replace("“", "\"").replace("”", "\"").replace("（", "(").replace("）", ")").replace("安排", "");
        String bare = MEASURE.matcher(l).replaceFirst("");
        return bare.isEmpty() || bare.equals(l) ? match(l) : match(bare).or(() -> match(l));
    }

    /** True when the words name a budget item of the standard list (支出, 人员经费, 公务接待费 …). */
    public static boolean namesItem(String words) {
        return path(words).isPresent();
    }

    /** Only a label's end can name an item: no entry with its lookbehind spans more characters. */
    private static final int TAIL = 30;

    private static Optional<List<String>> match(String l) {
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern.matcher(l);
            m.region(Math.max(0, l.length() - TAIL), l.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.find()) {
                return Optional.of(e.path);
            }
        }
        return Optional.empty();
    }
}
