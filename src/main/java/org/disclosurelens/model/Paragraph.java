package org.disclosurelens.model;

/**
 * A paragraph of text. {@code headingLevel} is the level the source itself declares (HTML h1-h6,
 * a Word "Heading n" style), 0 when it declares none; whether the text is a heading of the
 * disclosure's structure is decided later from its wording. {@code fontSize} is the dominant font
 * size in points for PDFs, 0 elsewhere.
 */
public record Paragraph(String text, Location location, int headingLevel, float fontSize) implements Block {

    public Paragraph(String text, Location location) {
        this(text, location, 0, 0f);
    }

    public Paragraph withText(String newText) {
        return new Paragraph(newText, location, headingLevel, fontSize);
    }
}
