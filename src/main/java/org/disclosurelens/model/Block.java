package org.disclosurelens.model;

/** One unit of document content in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {

    Location location();

    /** The block's text as a reader sees it (table cells joined by tabs and newlines). */
    String text();
}
