package org.disclosurelens.extract.scan;

/**
 * One run of text an OCR engine found on a page image: its text, its box in the image's pixels
 * (axis-aligned, y down), a confidence for each character, 0-1, and whether the engine found the
 * run upside down (and read it turned).
 */
record OcrText(String text, float x0, float y0, float x1, float y1, float[] scores, boolean upsideDown) {

    OcrText(String text, float x0, float y0, float x1, float y1, float[] scores) {
        this(text, x0, y0, x1, y1, scores, false);
    }

    /** The lowest of the characters' scores; 0 for a run without characters. */
    float confidence() {
        if (scores.length == 0) {
            return 0f;
        }
        float min = 1f;
        for (float s : scores) {
            min = Math.min(min, s);
        }
        return min;
    }

    float height() {
        return y1 - y0;
    }

    float width() {
        return x1 - x0;
    }
}
