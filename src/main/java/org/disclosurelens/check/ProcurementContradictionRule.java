package org.disclosurelens.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;

/**
 * PROC-CONTRADICTION: 第六部分 says there is no government procurement while a project buys or
 * installs equipment, software or a system (the seed: 无政府采购预算, yet a 27.80万 舆情监控系统).
 * STATE-ASSET-CONTRADICTION: 第七部分 plans no purchase of assets while a project installs
 * equipment. A statement limited to assets above a value (单价100万元以上设备 0台…无购置计划;
 * 未安排购置车辆和单位价值100万元以上设备) says nothing of a project's smaller purchases: not compared.
 * One finding per contradiction, with the project text as evidence.
 */
final class ProcurementContradictionRule extends BaseRule {

    private static final Pattern NO_PROCUREMENT = Pattern.compile(
            "无政府采购|未安排政府采购|不涉及政府采购|没有政府采购|无采购预算|政府采购预算(为|共计)?[0０](\\.0+)?万?元");
    private static final Pattern NO_ASSET_PURCHASE = Pattern.compile("无拟购置|无购置计划|不购置|无新增资产|未安排购置|无资产购置");
    /**
     * A project that acquires something, whatever it is: goods (设备, 疫苗, 执法记录仪), works or
     * services, named after a verb of buying or renting (购置执法记录仪, 采购强免疫苗, 租赁办公用房), or
     * equipment installed or renewed. Not purchases: procurement as a policy (政府采购, 采购份额,
     * 采购行为) and posts filled (配备人员).
     */
    static final Pattern BUYS = Pattern.compile(
            "(?<!政府)(购买|采购|购置|添置|租赁|租用)(?!份额|比例|政策|行为|制度|管理|程序|意向|需求|工作|活动|人员|[。；，,、])"
                    + "[^。；，,、\\n]{1,15}"
                    + "|(安装|更新)[^。；，,]{0,12}(设备|系统|软件|器材|车辆|电脑|服务器|平台|终端|设施)"
                    + "|(设备|系统|软件|平台|终端)[^。；，,]{0,6}(安装|购置|采购|费用)");

    /**
     * What an asset statement may be limited to: a value (单价100万元以上, 单位价值50万元以上) or
     * vehicles (计划购置车辆0辆、0万元，暂无购置计划).
     */
    private static final Pattern LIMITED = Pattern.compile("\\d+(\\.\\d+)?\\s*万?元以上|单价|单位价值|车辆");

    private final boolean assets;

    /**
     * Whether what a project acquires bears on the statement: services are no assets, and
     * services bought for the public (购买居家养老服务, 购买社工服务) are 政府购买服务, a regime of its
     * own that departments report apart from procurement; services procured (采购运维服务) count.
     */
    private boolean counts(String acquired) {
        boolean service = acquired.contains("服务");
        return !service || !assets && !acquired.startsWith("购买");
    }

    /** The sentence around {@code offset}, from one 。 to the next: its clauses (；) together. */
    private static String fullSentence(String text, int offset) {
        int start = Math.max(text.lastIndexOf('。', offset) + 1, 0);
        int end = text.indexOf('。', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    ProcurementContradictionRule(boolean assets) {
        super(assets ? RuleId.STATE_ASSET_CONTRADICTION : RuleId.PROC_CONTRADICTION);
        this.assets = assets;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        CanonicalPart statementPart = assets ? CanonicalPart.STATE_ASSETS : CanonicalPart.PROCUREMENT;
        Matcher none = (assets ? NO_ASSET_PURCHASE : NO_PROCUREMENT).matcher(d.textOf(statementPart));
        if (!none.find()) {
            return List.of();
        }
        String statement = none.group();
        if (assets && LIMITED.matcher(fullSentence(d.textOf(statementPart), none.start())).find()) {
            return List.of();
        }
        for (CanonicalPart part : List.of(CanonicalPart.PERFORMANCE, CanonicalPart.PROJECT_EXPLANATIONS)) {
            for (int b : d.blocksOf(part)) {
                String text = d.blocks().get(b).text();
                Matcher buys = BUYS.matcher(text);
                boolean found = buys.find();
                while (found && !counts(buys.group())) {
                    found = buys.find();
                }
                if (found) {
                    String zh = (assets ? "国有资产部分称“" : "政府采购部分称“") + statement + "”，但项目内容涉及“" + buys.group() + "”";
                    String en = (assets ? "the state-assets part says \"" : "the procurement part says \"") + statement
                            + "\", yet a project " + "involves \"" + buys.group() + "\"";
                    return List.of(finding(d, b, Evidence.sentence(text, buys.start()), zh, en));
                }
            }
        }
        return List.of();
    }
}
