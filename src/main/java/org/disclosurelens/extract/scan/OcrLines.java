package org.disclosurelens.extract.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/**
 * OCR's runs of text as the chunks and lines a PDF's text layer gives: a run cut where a vertical
 * ruling crosses it (detection sometimes boxes two cells' text as one), then in points, then into
 * lines by their vertical overlap, top to bottom, each left to right. Each line keeps the lowest
 * confidence of its characters.
 */
final class OcrLines {

    /** A line and the lowest score of its characters. */
    record Read(TextLine line, float confidence) {
    }

    /** A chunk in points with the lowest score of its characters. */
    private record Scored(TextChunk chunk, float top, float bottom, float confidence) {
    }

    private OcrLines() {
    }

    /**
     * @param scale points per pixel
     * @param rulings the page's rulings, in pixels
     */
    static List<Read> lines(List<OcrText> texts, List<Ruling> rulings, float scale) {
        List<Scored> chunks = new ArrayList<>();
        for (OcrText text : texts) {
            for (OcrText piece : cut(text, rulings)) {
                String clean = cleaned(piece.text());
                if (clean.isEmpty()) {
                    continue;
                }
                float h = piece.height() * scale;
                // The detector's box is the glyphs' box widened by its unclip margin (about a fifth of
                // the height each side): the baseline sits just above its foot, the size is the rest.
                float baseline = piece.y1() * scale - 0.25f * h;
                chunks.add(new Scored(new TextChunk(clean, piece.x0() * scale, piece.x1() * scale, baseline, 0.6f * h),
                        piece.y0() * scale, piece.y1() * scale, piece.confidence()));
            }
        }
        chunks.sort(Comparator.comparingDouble((Scored s) -> (s.top() + s.bottom()) / 2));
        List<List<Scored>> rows = new ArrayList<>();
        for (Scored chunk : chunks) {
            List<Scored> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null || !sameLine(row, chunk)) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(chunk);
        }
        List<Read> lines = new ArrayList<>();
        for (List<Scored> row : rows) {
            row.sort(Comparator.comparingDouble(s -> s.chunk().x0()));
            float confidence = (float) row.stream().mapToDouble(Scored::confidence).min().orElse(0);
            lines.add(new Read(new TextLine(row.stream().map(Scored::chunk).toList(), lines.size() + 1), confidence));
        }
        return lines;
    }

    private static final Pattern STRAY = Pattern.compile(
            "^[.:;,'`·：，。、|丨]+(?=[-\\d])|(?<=\\d)[:;,'`·：，。、|丨]+$");
    /**
     * A dash where 一 stands: the recogniser reads the one-stroke character as a hyphen or dash
     * (with a speck: '-般公共服务支出), at the start of a run of Chinese or between two characters
     * (第-部分). A dash between Chinese characters is otherwise written doubled (——).
     */
    private static final Pattern ONE = Pattern.compile(
            "^['`]?[-－—_~](?=\\p{IsHan})|(?<=\\p{IsHan})[-－—_~](?=\\p{IsHan})");
    /**
     * A run that is a lone round letter is a zero: the recogniser reads a "0" alone in a cell as
     * the letter o (002's scan: 24 of its page's 39 zeros), and no table cell holds the letter alone.
     */
    private static final Pattern ZERO = Pattern.compile("[oO〇Оо]");
    private static final Pattern COLON_DECIMALS = Pattern.compile("(?<=\\d)[:：](?=\\d{2}$)");
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=[\\d.,])\\s+(?=[\\d.])");

    /**
     * The run's text without OCR's typical noise around numbers: a speck read as a point or colon
     * before or after an amount, a cell's ruling read as a bar, a colon for the decimal point before
     * the last two digits, a space inside a number (113. 63). Only where the rest is a number; prose
     * keeps its punctuation.
     */
    static String cleaned(String text) {
        String s = ONE.matcher(text.strip()).replaceAll("一");
        if (ZERO.matcher(s).matches()) {
            return "0";
        }
        String bare = STRAY.matcher(s).replaceAll("");
        if (bare.matches("-?[\\d,.:： ]*\\d")) {
            s = SPACED_DIGITS.matcher(COLON_DECIMALS.matcher(bare).replaceAll(".")).replaceAll("");
        }
        return s;
    }

    /** A chunk joins the line when its middle lies within the line's first chunk's height, trimmed by a quarter. */
    private static boolean sameLine(List<Scored> row, Scored chunk) {
        Scored first = row.get(0);
        float middle = (chunk.top() + chunk.bottom()) / 2;
        float trim = (first.bottom() - first.top()) / 4;
        return middle > first.top() + trim && middle < first.bottom() - trim;
    }

    /** The run split where a vertical ruling crosses it, characters placed by their width (a Han character 1, others 1/2). */
    static List<OcrText> cut(OcrText text, List<Ruling> rulings) {
        List<Float> cuts = new ArrayList<>();
        float middle = (text.y0() + text.y1()) / 2;
        for (Ruling r : rulings) {
            if (r.vertical() && r.x0() > text.x0() + 2 && r.x0() < text.x1() - 2 && Math.min(r.y0(), r.y1()) <= middle
                    && Math.max(r.y0(), r.y1()) >= middle) {
                cuts.add(r.x0());
            }
        }
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        cuts.sort(null);
        String s = text.text();
        float units = 0;
        for (int i = 0; i < s.length(); i++) {
            units += width(s.charAt(i));
        }
        float perUnit = text.width() / Math.max(0.5f, units);
        List<OcrText> pieces = new ArrayList<>();
        int start = 0;
        float x = text.x0();
        float pieceStart = x;
        int next = 0;
        for (int i = 0; i < s.length(); i++) {
            float centre = x + width(s.charAt(i)) * perUnit / 2;
            while (next < cuts.size() && cuts.get(next) < centre) {
                if (i > start) {
                    pieces.add(piece(text, start, i, pieceStart, x));
                }
                start = i;
                pieceStart = cuts.get(next);
                next++;
            }
            x += width(s.charAt(i)) * perUnit;
        }
        pieces.add(piece(text, start, s.length(), pieceStart, text.x1()));
        return pieces;
    }

    private static OcrText piece(OcrText text, int from, int to, float x0, float x1) {
        float[] scores = text.scores().length >= to ? Arrays.copyOfRange(text.scores(), from, to) : text.scores();
        return new OcrText(text.text().substring(from, to), x0, text.y0(), x1, text.y1(), scores, text.upsideDown());
    }

    private static float width(char c) {
        return c < 0x2E80 ? 0.5f : 1f;
    }
}
