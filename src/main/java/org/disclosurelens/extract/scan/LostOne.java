package org.disclosurelens.extract.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the 一 that PP-OCRv3 leaves out at the start of a run: its detector takes the run to
 * begin at the first character with height, so the one-stroke 一 of 一级指标, 一般公共服务支出 is outside
 * the box and never read (the seed's and 江苏's scans: "级指标", "般行政管理事务"). A run gets it back
 * when, just left of its box and on its line, the page holds one bar and hardly anything else: a
 * stroke as long as 40-120% of a character and at most a fifth of one thick, beside which no other
 * run of text stands. A ruling crossing the place (a cell's left border) is not ink here.
 */
final class LostOne {

    private LostOne() {
    }

    static List<OcrText> restore(BufferedImage grey, List<OcrText> texts) {
        List<OcrText> out = new ArrayList<>(texts.size());
        for (OcrText t : texts) {
            out.add(lost(grey, t, texts) ? withOne(t) : t);
        }
        return out;
    }

    private static OcrText withOne(OcrText t) {
        float[] scores = new float[t.scores().length + 1];
        // Not read, inferred: the lowest score the engine gives a character it keeps.
        scores[0] = 0.5f;
        System.arraycopy(t.scores(), 0, scores, 1, t.scores().length);
        return new OcrText("一" + t.text(), t.x0() - t.height() * 0.9f, t.y0(), t.x1(), t.y1(), scores, t.upsideDown());
    }

    private static boolean lost(BufferedImage grey, OcrText t, List<OcrText> texts) {
        String s = t.text();
        if (s.isEmpty() || s.charAt(0) < 0x4E00 || s.charAt(0) == '一') {
            return false;
        }
        // A glyph is about 80% of the detector's box height (44 of 56 pixels on the seed's scan); the
        // search spans a glyph and a half to the left of the box.
        float glyph = 0.8f * t.height();
        int x0 = Math.max(0, Math.round(t.x0() - 1.5f * glyph));
        int x1 = Math.round(t.x0() + 0.15f * glyph);
        int y0 = Math.max(0, Math.round(t.y0() + 0.15f * t.height()));
        int y1 = Math.min(grey.getHeight(), Math.round(t.y1() - 0.15f * t.height()));
        if (x1 <= x0 || y1 <= y0 || x1 > grey.getWidth()) {
            return false;
        }
        for (OcrText other : texts) {
            if (other != t && other.x1() > x0 && other.x0() < t.x0() && other.y1() > y0 && other.y0() < y1) {
                return false;
            }
        }
        byte[] px = PageImages.pixels(grey);
        int width = grey.getWidth();
        int rows = y1 - y0;
        boolean[] ruled = new boolean[x1 - x0];
        for (int x = x0; x < x1; x++) {
            int dark = 0;
            for (int y = y0; y < y1; y++) {
                if ((px[y * width + x] & 0xFF) < PageImages.INK) {
                    dark++;
                }
            }
            ruled[x - x0] = dark > 0.4f * rows;
        }
        // A ruling wavers by a pixel after deskewing: its neighbour columns are the ruling too.
        boolean[] near = ruled.clone();
        for (int i = 0; i < ruled.length; i++) {
            if (ruled[i]) {
                near[Math.max(0, i - 1)] = true;
                near[Math.min(ruled.length - 1, i + 1)] = true;
            }
        }
        ruled = near;
        int[] rowInk = new int[rows];
        int firstBar = -1;
        int lastBar = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                rowInk[y - y0] += !ruled[x - x0] && (px[y * width + x] & 0xFF) < PageImages.INK ? 1 : 0;
            }
            if (rowInk[y - y0] >= 0.4f * glyph && rowInk[y - y0] <= 1.2f * glyph + 4) {
                if (lastBar >= 0 && y - y0 > lastBar + 1) {
                    return false; // two bars: 二, 三 or a character's strokes
                }
                firstBar = firstBar < 0 ? y - y0 : firstBar;
                lastBar = y - y0;
            }
        }
        if (firstBar < 0 || lastBar - firstBar + 1 > 0.2f * glyph) {
            return false;
        }
        // Beyond the bar and the two rows either side of it (the stroke's ends are thicker), the place is blank but for specks.
        int other = 0;
        for (int r = 0; r < rows; r++) {
            if (r < firstBar - 2 || r > lastBar + 2) {
                other += rowInk[r];
            }
        }
        return other <= 0.1f * glyph;
    }
}
