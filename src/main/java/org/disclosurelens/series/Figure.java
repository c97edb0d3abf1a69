package org.disclosurelens.series;

import java.math.BigDecimal;
import org.disclosurelens.model.Location;

/**
 * One amount of a budget item that the year-over-year check compares: either an amount a document
 * prints for its own year, or the amount it states, or implies, for last year.
 *
 * @param item the item's standard label path (支出/基本支出, 三公经费/公务接待费, 机关运行经费)
 * @param wan the amount in 万元, exact
 * @param tolerance how far another printing of it may be off through rounding, in 万元
 * @param how how the document states it, as written: "1579.38 万元", or for an implied amount the
 *     amounts it follows from ("1579.38 万元，与上年相比减少4039.93万元")
 * @param evidence the sentence or table row it rests on, cut short
 */
record Figure(String item, BigDecimal wan, BigDecimal tolerance, String how, String evidence, int part, Location location) {

    Figure withEvidence(String text) {
        return new Figure(item, wan, tolerance, how, text, part, location);
    }
}
