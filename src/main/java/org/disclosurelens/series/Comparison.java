package org.disclosurelens.series;

/**
 * What a document states for last year, against what last year's document of the same series
 * prints for that year.
 *
 * @param document the later document, which states {@code stated}
 * @param earlier the document of the year before
 * @param printed the amount {@code earlier} prints: the one that agrees, else its first (headline) amount
 */
record Comparison(SeriesDocument document, Figure stated, SeriesDocument earlier, Figure printed, boolean agrees) {

    /** Agreement within the rounding of both printings: the larger of the two tolerances. */
    static Comparison of(SeriesDocument document, Figure stated, SeriesDocument earlier, java.util.List<Figure> printed) {
        for (Figure p : printed) {
            if (stated.wan().subtract(p.wan()).abs().compareTo(stated.tolerance().max(p.tolerance())) <= 0) {
                return new Comparison(document, stated, earlier, p, true);
            }
        }
        return new Comparison(document, stated, earlier, printed.get(0), false);
    }
}
