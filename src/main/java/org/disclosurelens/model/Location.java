package org.disclosurelens.model;

/**
 * Where a block starts in its source: the PDF or OFD page (0 when the format has no pages) and the
 * line. For PDFs and OFDs the line counts within the page; for text files it is the file's line
 * number; for Word, spreadsheet and HTML sources it is the ordinal of the paragraph or table in the
 * document.
 */
public record Location(int page, int line) implements java.io.Serializable {

    public static final Location UNKNOWN = new Location(0, 0);

    @Override
    public String toString() {
        return page > 0 ? "p" + page + ":l" + line : "l" + line;
    }
}
