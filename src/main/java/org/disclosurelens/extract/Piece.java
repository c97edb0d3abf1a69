package org.disclosurelens.extract;

import org.disclosurelens.model.Paragraph;

/**
 * What one pass over a PDF's pages yields, in reading order, before tables that go on over a page
 * break are joined ({@link PageBreakJoiner}): a paragraph, or a table still with its geometry.
 */
sealed interface Piece {

    /** A paragraph of the page. */
    record Text(Paragraph paragraph) implements Piece {
    }

    /** A table as found on one page. */
    record Grid(PdfTable table) implements Piece {
    }
}
