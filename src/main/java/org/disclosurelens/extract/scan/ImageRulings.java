package org.disclosurelens.extract.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.model.Ruling;

/**
 * The ruling lines of a table in a page image, in pixels: runs of ink at least {@link #LENGTH} long
 * and at most {@link #THICKNESS} thick, horizontal and vertical. Strokes of characters are shorter
 * (a 22pt title's 一 is 70 pixels at 300 dpi); a filled band (a shaded header) is thicker and is not
 * a ruling. Runs broken by a pixel or two (JPEG, noise, a residual skew that steps a long line by a
 * row) are joined. The page must be deskewed first.
 */
final class ImageRulings {

    /** 8.5 mm at 300 dpi. */
    static final int LENGTH = 100;
    /**
     * A ruling's pixels are darker than this: lighter than text's ink, because Word and LibreOffice
     * draw table borders as hairlines that a 300-dpi scan renders at grey 210-240 (the seed's).
     */
    static final int RULE_INK = 235;
    static final int THICKNESS = 8;
    private static final int GAP = 3;

    private ImageRulings() {
    }

    static List<Ruling> find(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] px = PageImages.pixels(grey);
        List<Ruling> rulings = new ArrayList<>();
        rulings.addAll(merged(lines(runs(px, width, height, true), true), true));
        rulings.addAll(merged(lines(runs(px, width, height, false), false), false));
        return rulings;
    }

    /**
     * One line where a line was found twice: a long line left with a trace of skew steps by a row
     * part-way along, and the two halves, a row or two apart and overlapping, are one ruling.
     */
    private static List<Ruling> merged(List<Ruling> lines, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(r -> horizontal ? r.y0() : r.x0()));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && near(out.get(last), r, horizontal)) {
                Ruling a = out.get(last);
                out.set(last, horizontal
                        ? new Ruling(Math.min(a.x0(), r.x0()), a.y0(), Math.max(a.x1(), r.x1()), a.y0())
                        : new Ruling(a.x0(), Math.min(a.y0(), r.y0()), a.x0(), Math.max(a.y1(), r.y1())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean near(Ruling a, Ruling b, boolean horizontal) {
        float across = horizontal ? Math.abs(a.y0() - b.y0()) : Math.abs(a.x0() - b.x0());
        float aFrom = horizontal ? a.x0() : a.y0();
        float aTo = horizontal ? a.x1() : a.y1();
        float bFrom = horizontal ? b.x0() : b.y0();
        float bTo = horizontal ? b.x1() : b.y1();
        return across <= THICKNESS / 2f && bFrom <= aTo + GAP * 2 && bTo >= aFrom - GAP * 2;
    }

    /** A run of ink along one row (horizontal) or column: its row or column and its extent. */
    private record Run(int at, int from, int to) {
    }

    private static List<Run> runs(byte[] px, int width, int height, boolean horizontal) {
        List<Run> runs = new ArrayList<>();
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        for (int a = 0; a < lines; a++) {
            int start = -1;
            int lastInk = -1;
            for (int b = 0; b <= length; b++) {
                boolean ink = b < length && (px[horizontal ? a * width + b : b * width + a] & 0xFF) < RULE_INK;
                if (ink) {
                    if (start < 0) {
                        start = b;
                    }
                    lastInk = b;
                } else if (start >= 0 && b - lastInk > GAP) {
                    if (lastInk - start + 1 >= LENGTH) {
                        runs.add(new Run(a, start, lastInk));
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    /** Joins runs of neighbouring rows that overlap or touch into lines; drops bands too thick to be rulings. */
    private static List<Ruling> lines(List<Run> runs, boolean horizontal) {
        List<List<Run>> groups = new ArrayList<>();
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(Run::at).thenComparingInt(Run::from));
        for (Run run : sorted) {
            List<Run> home = null;
            for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                List<Run> group = groups.get(g);
                Run last = group.get(group.size() - 1);
                if (run.at() - last.at() > 2) {
                    continue;
                }
                int from = group.stream().mapToInt(Run::from).min().orElse(0);
                int to = group.stream().mapToInt(Run::to).max().orElse(0);
                if (run.from() <= to + GAP * 2 && run.to() >= from - GAP * 2) {
                    home = group;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(run);
        }
        List<Ruling> lines = new ArrayList<>();
        for (List<Run> group : groups) {
            int first = group.get(0).at();
            int last = group.get(group.size() - 1).at();
            int from = group.stream().mapToInt(Run::from).min().orElse(0);
            int to = group.stream().mapToInt(Run::to).max().orElse(0);
            // A long line left with a trace of skew climbs a row every few hundred pixels.
            if (last - first + 1 > THICKNESS + (to - from) / 500) {
                continue;
            }
            float at = (first + last) / 2f;
            lines.add(horizontal ? new Ruling(from, at, to, at) : new Ruling(at, from, at, to));
        }
        return lines;
    }
}
