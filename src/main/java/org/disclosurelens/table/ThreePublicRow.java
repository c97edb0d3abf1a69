package org.disclosurelens.table;

import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * One item of a “三公” table with its figures. "Previous" and "current" are the two columns the
 * table compares: last year's and this year's budget (2020年度预算, 2021年度预算), or in final
 * accounts the year's budget and its outturn (预算数, 决算数). A table with one figure per item
 * fills only current.
 *
 * @param label the item as the table writes it (公务用车购置经费)
 * @param previousHeader the header of the previous column as written; likewise currentHeader
 */
public record ThreePublicRow(
        ThreePublicItem item,
        String label,
        String previousHeader,
        Optional<Amount> previous,
        String currentHeader,
        Optional<Amount> current,
        Optional<Amount> change,
        String reason,
        Location location) {
}
