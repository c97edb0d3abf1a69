package org.disclosurelens.check;

import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;

/**
 * STATE-ASSET-CONTRADICTION: 第七部分 plans no purchase of assets while a project installs or buys
 * equipment (services are no assets). A statement limited to assets above a value
 * (单价100万元以上设备 0台…无购置计划; 未安排购置车辆和单位价值100万元以上设备) or to vehicles says
 * nothing of a project's smaller purchases: not compared.
 */
final class AssetPurchaseContradictionRule extends NothingBoughtRule {

    private static final Pattern NO_ASSET_PURCHASE = Pattern.compile("无拟购置|无购置计划|不购置|无新增资产|未安排购置|无资产购置");
    /**
     * What an asset statement may be limited to: a value (单价100万元以上, 单位价值50万元以上) or
     * vehicles (计划购置车辆0辆、0万元，暂无购置计划).
     */
    private static final Pattern LIMITED = Pattern.compile("\\d+(\\.\\d+)?\\s*万?元以上|单价|单位价值|车辆");

    AssetPurchaseContradictionRule() {
        super(RuleId.STATE_ASSET_CONTRADICTION, CanonicalPart.STATE_ASSETS, NO_ASSET_PURCHASE);
    }

    @Override
    boolean counts(String acquired) {
        return !acquired.contains("服务");
    }

    @Override
    boolean limited(String sentence) {
        return LIMITED.matcher(sentence).find();
    }

    @Override
    String zh(String statement, String acquired) {
        return "国有资产部分称“" + statement + "”，但项目内容涉及“" + acquired + "”";
    }

    @Override
    String en(String statement, String acquired) {
        return "the state-assets part says \"" + statement + "\", yet a project involves \"" + acquired + "\"";
    }
}
