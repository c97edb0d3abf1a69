package org.disclosurelens.model;

import java.util.List;

/** One line of a PDF page: its chunks left to right and its 1-based number within the page. */
public record TextLine(List<TextChunk> chunks, int number) {

    public TextLine {
        chunks = List.copyOf(chunks);
    }

    /** The chunks' text, with one space where PDFBox saw a gap between runs. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextChunk chunk : chunks) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(chunk.text());
        }
        return sb.toString();
    }

    public float x0() {
        return chunks.isEmpty() ? 0f : chunks.get(0).x0();
    }

    public float x1() {
        return chunks.isEmpty() ? 0f : chunks.get(chunks.size() - 1).x1();
    }

    public float y() {
        return chunks.isEmpty() ? 0f : chunks.get(0).y();
    }

    /**
     * The width of one Chinese character on the line, measured: the line's extent over its width in
     * characters (a CJK character or full-width mark one, a digit or Latin letter half, a space
     * none). PDFBox's font sizes are not widths (40 for Beijing's 16pt text).
     */
    public float characterWidth() {
        String text = text();
        float characters = 0f;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            characters += c == ' ' ? 0f : c < 0x2E80 ? 0.5f : 1f;
        }
        return (x1() - x0()) / Math.max(1f, characters);
    }

    /** The largest font size on the line, which is what makes a title stand out. */
    public float fontSize() {
        float max = 0f;
        for (TextChunk chunk : chunks) {
            max = Math.max(max, chunk.fontSize());
        }
        return max;
    }
}
