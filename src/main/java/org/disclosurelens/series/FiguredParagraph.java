package org.disclosurelens.series;

import java.util.List;
import org.disclosurelens.model.Location;

/**
 * A paragraph of a saved document that states amounts or percentages, kept for the stale-text
 * check: its sentences that hold a figure, each with the key it is compared by, and the amounts of
 * known items it states for the document's own year.
 *
 * @param part the canonical part of the paragraph's section (0 before the first)
 * @param sentences the sentences holding an amount or a percentage, in order
 * @param stated this year's amounts of known items (SeriesReader.ITEMS) the paragraph states
 */
record FiguredParagraph(int part, Location location, List<Sentence> sentences, List<Figure> stated) {

    /**
     * A sentence as written and the keys two years' sentences are compared by: its text folded as
     * it is ({@code literal}: copied with last year's years), and folded with the document's own
     * year and the one before set aside ({@code key}: copied, only the year updated), so that
     * punctuation, spacing and list numbers do not hide that it was not updated.
     */
    record Sentence(String text, String literal, String key) {
    }

    FiguredParagraph {
        sentences = List.copyOf(sentences);
        stated = List.copyOf(stated);
    }
}
