package org.disclosurelens.table;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * A project as its 绩效目标表 describes it: code, name, budget and its sources, what the money is
 * for, the goals, the spending plan and the indicators.
 *
 * @param code 项目编码 as written, "" when the table has none
 * @param unitName the budget unit the table names at its top (897001中共…本级), "" when none
 * @param budget 预算数 / 项目资金总额; {@code fiscal} 其中：财政资金; {@code other} 其他资金
 * @param purpose 资金用途 as written
 * @param goals the numbered goals, one item each, numbering kept
 */
public record Project(
        String code,
        String name,
        String unitName,
        Optional<Amount> budget,
        Optional<Amount> fiscal,
        Optional<Amount> other,
        String purpose,
        List<String> goals,
        List<PlanEntry> plan,
        List<Indicator> indicators,
        Location location) {

    public Project {
        goals = List.copyOf(goals);
        plan = List.copyOf(plan);
        indicators = List.copyOf(indicators);
    }
}
