package org.disclosurelens.table;

import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * One item of a 固定资产占用情况表: the item as written, its quantity (as written, "" when none or
 * "—") and its value.
 */
public record AssetRow(String item, String quantity, Optional<Amount> value, Location location) {
}
