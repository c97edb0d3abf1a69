package org.disclosurelens.table;

import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * One date column of a project's spending plan (资金支出计划): the period as the header writes it
 * (3月底, 第一季度) and the share or amount planned by then. A blank cell stays blank: it is an
 * entry without an amount, in its own column.
 *
 * @param text the cell as written, "" when blank
 */
public record PlanEntry(String period, Optional<Amount> amount, String text, Location location) {
}
