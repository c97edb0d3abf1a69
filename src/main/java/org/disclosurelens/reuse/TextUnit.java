package org.disclosurelens.reuse;

import org.disclosurelens.model.Location;

/**
 * A paragraph or a table cell of a saved document, with the canonical part it belongs to.
 *
 * @param block index of the block in the document's JSON
 * @param part canonical part number (1-11), 0 before the first section
 * @param location where the block starts
 * @param text the text as written
 */
public record TextUnit(int block, int part, Location location, String text) {
}
