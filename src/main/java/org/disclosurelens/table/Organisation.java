package org.disclosurelens.table;

import org.disclosurelens.model.Location;

/** One unit of a 机构设置 table: 单位名称, 单位性质, 单位规格, 经费保障形式 as written ("" when absent). */
public record Organisation(String name, String nature, String grade, String funding, Location location) {
}
