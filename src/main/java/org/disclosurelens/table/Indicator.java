package org.disclosurelens.table;

import org.disclosurelens.model.Location;

/**
 * One performance indicator row of a 绩效目标表. The first- and second-level names are carried
 * down over merged cells, so every row names its levels.
 *
 * @param level1 一级指标 (产出指标, 效益指标, 满意度指标)
 * @param level2 二级指标 (数量指标, 质量指标, …)
 * @param level3 三级指标, the indicator itself
 * @param description 绩效指标描述 / 指标内容, "" when the table has no such column
 * @param value 指标值 as written (≥90圆满完成, =100.00(%))
 * @param basis 指标值确定依据, "" when the table has no such column
 */
public record Indicator(String level1, String level2, String level3, String description, String value, String basis,
        Location location) {
}
