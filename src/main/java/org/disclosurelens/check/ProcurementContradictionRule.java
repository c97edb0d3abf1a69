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
    static final Pattern BUYS = Pattern.compile(
            "(购买|采购|购置|安装|更新)[^。；，,]{0,12}(设备|系统|软件|器材|车辆|电脑|服务器|平台|终端|设施)|(设备|系统|软件|平台|终端)[^。；，,]{0,6}(安装|购置|采购|费用)");

    /** A value an asset statement is limited to: 单价100万元以上, 单位价值50万元以上. */
    private static final Pattern THRESHOLD = Pattern.compile("\\d+(\\.\\d+)?\\s*万?元以上|单价|单位价值");

    private final boolean assets;

    ProcurementContradictionRule(boolean assets) {
        super(assets ? "STATE-ASSET-CONTRADICTION" : "PROC-CONTRADICTION", Category.CONTRADICTION, Severity.WARNING,
                assets ? "第七部分 plans no asset purchase while a project installs equipment"
                        : "第六部分 says no government procurement while a project buys equipment, software or a system");
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
        if (assets && THRESHOLD.matcher(Evidence.sentence(d.textOf(statementPart), none.start())).find()) {
            return List.of();
        }
        for (CanonicalPart part : List.of(CanonicalPart.PERFORMANCE, CanonicalPart.PROJECT_EXPLANATIONS)) {
            for (int b : d.blocksOf(part)) {
                String text = d.blocks().get(b).text();
                Matcher buys = BUYS.matcher(text);
                if (buys.find()) {
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
