package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Ruling;
import org.w3c.dom.Element;

/**
 * The glyphs and ruling lines of one OFD page: the TextObjects and PathObjects of every layer of
 * its content (GB/T 33190 §§ 9-11), inside page blocks too, and of the templates it names. An
 * object draws in its own coordinates: a point (x, y) of a TextCode or of AbbreviatedData lands on
 * the page at the object's Boundary origin plus its CTM applied to (x, y). Millimetres, y growing
 * downwards from the page box's top-left corner, become points in the same frame, which is the one
 * PDF text chunks use. Images and composite objects carry no text and are passed over; vertical
 * text (ReadDirection, CharDirection) is placed as if horizontal.
 */
final class OfdPageReader {

    static final double POINTS_PER_MM = 72 / 25.4;
    /** Half-width characters (digits, Latin) are taken to be half as wide as the font size is high. */
    private static final double HALF = 0.5;
    /** No glyph is wider than this many font sizes; more room after one is a gap. */
    private static final double WIDEST = 1.25;

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final List<GlyphLines.Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private int skipped;

    /** A reader for a page whose PhysicalBox is {@code box}: x y width height in mm. */
    OfdPageReader(double[] box) {
        this.left = box[0];
        this.top = box[1];
        this.width = box[2];
        this.height = box[3];
    }

    /** The page as read so far: its lines and rulings. */
    PageLayout layout(int number) {
        float w = (float) (width * POINTS_PER_MM);
        float h = (float) (height * POINTS_PER_MM);
        return new PageLayout(number, w, h, GlyphLines.of(glyphs, rulings, w, h), rulings);
    }

    /** Objects left out because their position could not be read (a malformed Boundary, CTM or X). */
    int skipped() {
        return skipped;
    }

    /** Reads the layers of a page's, or a template's, root element. */
    void read(Element page) {
        Element content = OfdXml.child(page, "Content");
        if (content != null) {
            for (Element layer : OfdXml.children(content, "Layer")) {
                objects(layer);
            }
        }
    }

    private void objects(Element parent) {
        for (Element e : OfdXml.elements(parent)) {
            if ("false".equals(e.getAttribute("Visible"))) {
                continue; // not drawn, so not on the page a reader sees
            }
            switch (OfdXml.name(e)) {
                case "TextObject" -> text(e);
                case "PathObject" -> path(e);
                case "PageBlock" -> objects(e);
                default -> {
                }
            }
        }
    }

    private void text(Element object) {
        Frame frame = frame(object);
        double size = OfdXml.number(object.getAttribute("Size"));
        if (frame == null || !(size > 0)) {
            skipped++;
            return;
        }
        double x = Double.NaN;
        double y = Double.NaN;
        for (Element code : OfdXml.children(object, "TextCode")) {
            // A TextCode without X or Y takes the previous one's (GB/T 33190 table 46).
            x = code.hasAttribute("X") ? OfdXml.number(code.getAttribute("X")) : x;
            y = code.hasAttribute("Y") ? OfdXml.number(code.getAttribute("Y")) : y;
            if (Double.isNaN(x) || Double.isNaN(y)) {
                skipped++;
                continue;
            }
            textCode(code, frame, size, x, y);
        }
    }

    /**
     * Places each character of a TextCode: the first at (x, y) on the baseline, each next one
     * DeltaX (and DeltaY) further; where DeltaX stops short, a character advances by its nominal
     * width (the font size, half of it for half-width characters). OFD gives no glyph widths, so a
     * glyph's width is the room to the next glyph, or for the last one to the Boundary's right
     * edge, when that is at most {@link #WIDEST} font sizes, and its nominal width when more room
     * is left (a gap follows). Taking the nominal width always would split a code at every letter
     * wider than half the font size (M is 1.02 em in WenQuanYi).
     */
    private void textCode(Element code, Frame frame, double size, double x, double y) {
        int[] chars = code.getTextContent().codePoints().toArray();
        int n = chars.length;
        double[] dx = OfdXml.deltas(code.getAttribute("DeltaX"), n - 1);
        double[] dy = OfdXml.deltas(code.getAttribute("DeltaY"), n - 1);
        double[][] at = new double[n][];
        double gx = x;
        double gy = y;
        for (int i = 0; i < n; i++) {
            at[i] = frame.point(gx, gy);
            if (i < n - 1) {
                gx += Double.isNaN(dx[i]) ? nominal(chars[i]) * size : dx[i];
                gy += Double.isNaN(dy[i]) ? 0 : dy[i];
            }
        }
        double sizePt = size * frame.scale() * POINTS_PER_MM;
        for (int i = 0; i < n; i++) {
            double room = (i + 1 < n ? at[i + 1][0] : frame.right()) - at[i][0];
            double width = room > 0 && room <= WIDEST * sizePt ? room : nominal(chars[i]) * sizePt;
            glyphs.add(new GlyphLines.Glyph(Character.toString(chars[i]), (float) at[i][0], (float) at[i][1],
                    (float) width, (float) sizePt));
        }
    }

    /**
     * A character's width in font sizes as CJK fonts draw it: half for Latin letters, digits and
     * ASCII punctuation (and the half-width forms), a whole one for ideographs, full-width forms
     * and the general punctuation Chinese text uses (“ ” — …), which these fonts draw full width.
     */
    private static double nominal(int c) {
        return c < 0x2000 || c >= 0xFF61 && c <= 0xFFDC || c >= 0xFFE8 && c <= 0xFFEE ? HALF : 1;
    }

    /** Straight segments and thin boxes of a stroked or filled path, as {@link RulingCollector} takes them from a PDF. */
    private void path(Element object) {
        Frame frame = frame(object);
        Element data = OfdXml.child(object, "AbbreviatedData");
        if (frame == null || data == null) {
            skipped++;
            return;
        }
        boolean stroke = !"false".equals(object.getAttribute("Stroke"));
        boolean fill = "true".equals(object.getAttribute("Fill"));
        if (!stroke && !fill) {
            return;
        }
        for (OfdPathData.Subpath subpath : OfdPathData.parse(data.getTextContent(), frame::point)) {
            double[] b = subpath.bounds();
            Ruling bar = RulingCollector.bar((float) b[0], (float) b[1], (float) b[2], (float) b[3]);
            if (bar != null) {
                add(bar);
            } else if (stroke) {
                for (double[] s : subpath.lines()) {
                    add(RulingCollector.straight((float) s[0], (float) s[1], (float) s[2], (float) s[3]));
                }
            }
        }
    }

    private void add(Ruling ruling) {
        if (ruling != null && rulings.size() < RulingCollector.MAX_RULINGS) {
            rulings.add(ruling);
        }
    }

    /** The object's Boundary origin and CTM, or null when either is malformed. */
    private Frame frame(Element object) {
        double[] boundary = OfdXml.numbers(object.getAttribute("Boundary"), 4);
        double[] ctm = object.hasAttribute("CTM") ? OfdXml.numbers(object.getAttribute("CTM"), 6) : new double[] {1, 0, 0, 1, 0, 0};
        return boundary == null || ctm == null ? null : new Frame(boundary, ctm);
    }

    /** Where an object's own coordinates land on the page, in points. */
    private final class Frame {
        private final double[] boundary;
        private final double[] ctm;

        Frame(double[] boundary, double[] ctm) {
            this.boundary = boundary;
            this.ctm = ctm;
        }

        /** The page point, in points from the page box's corner, of the object's point (x, y) in mm. */
        double[] point(double x, double y) {
            double px = boundary[0] + ctm[0] * x + ctm[2] * y + ctm[4];
            double py = boundary[1] + ctm[1] * x + ctm[3] * y + ctm[5];
            return new double[] {(px - left) * POINTS_PER_MM, (py - top) * POINTS_PER_MM};
        }

        /** How much the CTM enlarges the text vertically: the font size on the page is Size times this. */
        double scale() {
            return Math.hypot(ctm[2], ctm[3]);
        }

        /** The Boundary's right edge, in points from the page box's left edge. */
        double right() {
            return (boundary[0] + boundary[2] - left) * POINTS_PER_MM;
        }
    }
}
