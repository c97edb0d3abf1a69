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

    /** The largest font size on the line, which is what makes a title stand out. */
    public float fontSize() {
        float max = 0f;
        for (TextChunk chunk : chunks) {
            max = Math.max(max, chunk.fontSize());
        }
        return max;
    }
}
