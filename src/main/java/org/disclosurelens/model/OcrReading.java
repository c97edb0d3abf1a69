package org.disclosurelens.model;

import java.util.List;

/**
 * How one page was read when it had no text layer: by OCR, with the engine's confidence for each of
 * the page's lines (the lowest of its characters' scores, 0-1), indexed by line number - 1.
 * Values read from such a page say so in every CSV ({@code source=ocr}) and checks treat sums on
 * it as possibly misread unless the digits were read with high confidence.
 *
 * @param page the 1-based page number
 * @param engine the engine and model that read it, e.g. {@code rapidocr-ppocrv3}
 * @param lineConfidences each line's confidence, in line order
 */
public record OcrReading(int page, String engine, List<Float> lineConfidences) {

    public OcrReading {
        lineConfidences = List.copyOf(lineConfidences);
    }

    /** The confidence of line {@code line} (1-based), or the page's lowest when the line is not known. */
    public float confidence(int line) {
        if (line >= 1 && line <= lineConfidences.size()) {
            return lineConfidences.get(line - 1);
        }
        return lowest();
    }

    /** The lowest confidence of any line on the page; 1 for a page where OCR found nothing. */
    public float lowest() {
        float min = 1f;
        for (float c : lineConfidences) {
            min = Math.min(min, c);
        }
        return min;
    }
}
