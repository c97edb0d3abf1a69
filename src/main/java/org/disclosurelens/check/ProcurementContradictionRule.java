package org.disclosurelens.check;

import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;

/**
 * PROC-CONTRADICTION: 第六部分 says there is no government procurement while a project buys or
 * installs equipment, software or a system (the seed: 无政府采购预算, yet a 27.80万 舆情监控系统).
 * Services bought for the public (购买居家养老服务, 购买社工服务) are 政府购买服务, a regime of its own
 * that departments report apart from procurement; services procured (采购运维服务) count.
 */
final class ProcurementContradictionRule extends NothingBoughtRule {

    private static final Pattern NO_PROCUREMENT = Pattern.compile(
            "无政府采购|未安排政府采购|不涉及政府采购|没有政府采购|无采购预算|政府采购预算(为|共计)?[0０](\\.0+)?万?元");

    ProcurementContradictionRule() {
        super(RuleId.PROC_CONTRADICTION, CanonicalPart.PROCUREMENT, NO_PROCUREMENT);
    }

    @Override
    boolean counts(String acquired) {
        return !acquired.contains("服务") || !acquired.startsWith("购买");
    }

    @Override
    String zh(String statement, String acquired) {
        return "政府采购部分称“" + statement + "”，但项目内容涉及“" + acquired + "”";
    }

    @Override
    String en(String statement, String acquired) {
        return "the procurement part says \"" + statement + "\", yet a project involves \"" + acquired + "\"";
    }
}
