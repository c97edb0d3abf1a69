package org.disclosurelens.model;

/**
 * A run of text on a PDF page as PDFBox positions it (or on an OFD page, converted to the same
 * frame): left and right edge, baseline, font size, in PDF points from the top-left corner. Table
 * reconstruction works on these.
 */
public record TextChunk(String text, float x0, float x1, float y, float fontSize) {
}
