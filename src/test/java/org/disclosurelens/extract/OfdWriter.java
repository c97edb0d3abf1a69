package org.disclosurelens.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Writes an OFD (GB/T 33190) from a PDF, for test fixtures: each page's glyphs, as PDFBox places
 * them, become TextObjects with TextCode X, Y and DeltaX, and its stroked and filled paths become
 * PathObjects with AbbreviatedData. It shares no code with {@link OfdExtractor}, and it varies how
 * positions are written so that the reader's coordinate handling is really exercised: Boundary
 * origins tight or padded, a CTM on every third text object (scaling by a half, then shifting) and
 * on every other path (shifting), DeltaX in the "g N d" repeat form, objects nested one or two page blocks deep, and on
 * even pages a page Area whose box starts at (5, 8) mm, every object shifted to match.
 *
 * <p>A TextObject is a run of glyphs of one font on one baseline. OFD carries no glyph widths, so
 * a run ends after a glyph narrower than its font size followed by a gap (the reader would have to
 * guess that glyph's width); a gap after a full-width glyph stays inside the run, in its DeltaX, as
 * converters write it, and the reader's own gap splitting has to find it. The Boundary's right edge
 * is the run's last glyph's right edge.
 */
final class OfdWriter {

    private static final String NS = "http://www.ofdspec.org/2016";
    private static final double MM = 25.4 / 72;
    /** Zip entries dated the same on every run, so the fixture's bytes depend on the PDF alone. */
    private static final long ENTRY_TIME = 1_609_459_200_000L;
    private static final double[] SHIFT = {5, 8};

    private record Glyph(String text, float x, float y, float width, float size, String font) {
    }

    /** A painted path: operators (M, L, B, C) with their points, in page points from the top-left. */
    private record Drawing(List<String> ops, List<float[]> points, boolean stroke, boolean fill, float lineWidth) {
    }

    private record Page(float width, float height, List<Glyph> glyphs, List<Drawing> drawings) {
    }

    private final Map<String, Integer> fonts = new LinkedHashMap<>();
    private int ids = 0;
    private int runs = 0;
    private int paths = 0;

    private OfdWriter() {
    }

    /** Writes {@code pdf}'s pages to {@code ofd}. */
    static void write(Path pdf, Path ofd) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<List<Glyph>> glyphs = glyphs(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                if (page.getRotation() % 360 != 0) {
                    throw new IOException("page " + (i + 1) + " is rotated; the writer handles upright pages only");
                }
                PDRectangle box = page.getCropBox();
                pages.add(new Page(box.getWidth(), box.getHeight(), glyphs.get(i), drawings(page)));
            }
        }
        new OfdWriter().zip(pages, ofd);
    }

    private void zip(List<Page> pages, Path ofd) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            contents.add(content(pages.get(i), i % 2 == 1));
        }
        parts.put("OFD.xml", ofdXml());
        parts.put("Doc_0/Document.xml", documentXml(pages));
        parts.put("Doc_0/PublicRes.xml", publicRes());
        for (int i = 0; i < pages.size(); i++) {
            parts.put("Doc_0/Pages/Page_" + i + "/Content.xml", contents.get(i));
        }
        try (OutputStream file = Files.newOutputStream(ofd); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(9);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String ofdXml() {
        return head("OFD", "Version=\"1.0\" DocType=\"OFD\"")
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>d1sclo5ure1en5seed0fd000000000000</ofd:DocID>"
                + "<ofd:Creator>Disclosure Lens OfdWriter (test fixture)</ofd:Creator></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n";
    }

    private String documentXml(List<Page> pages) {
        StringBuilder xml = new StringBuilder(head("Document", ""));
        Page first = pages.get(0);
        xml.append("<ofd:CommonData><ofd:MaxUnitID>").append(ids + pages.size()).append("</ofd:MaxUnitID>")
                .append("<ofd:PageArea><ofd:PhysicalBox>0 0 ").append(mm(first.width())).append(' ').append(mm(first.height()))
                .append("</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>\n<ofd:Pages>");
        for (int i = 0; i < pages.size(); i++) {
            xml.append("<ofd:Page ID=\"").append(ids + i + 1).append("\" BaseLoc=\"Pages/Page_").append(i).append("/Content.xml\"/>");
        }
        return xml.append("</ofd:Pages></ofd:Document>\n").toString();
    }

    private String publicRes() {
        StringBuilder xml = new StringBuilder(head("Res", "BaseLoc=\"Res\"")).append("<ofd:Fonts>");
        for (Map.Entry<String, Integer> font : fonts.entrySet()) {
            xml.append("<ofd:Font ID=\"").append(font.getValue()).append("\" FontName=\"").append(escape(font.getKey()))
                    .append("\" FamilyName=\"").append(escape(font.getKey())).append("\"/>");
        }
        return xml.append("</ofd:Fonts></ofd:Res>\n").toString();
    }

    private static String head(String root, String attributes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:" + root + " xmlns:ofd=\"" + NS + "\""
                + (attributes.isEmpty() ? "" : " " + attributes) + ">\n";
    }

    /** A page's Content.xml; {@code shifted} pages have their own Area starting at {@link #SHIFT}. */
    private String content(Page page, boolean shifted) {
        double[] shift = shifted ? SHIFT : new double[] {0, 0};
        StringBuilder xml = new StringBuilder(head("Page", ""));
        if (shifted) {
            xml.append("<ofd:Area><ofd:PhysicalBox>").append(num(shift[0])).append(' ').append(num(shift[1])).append(' ')
                    .append(mm(page.width())).append(' ').append(mm(page.height())).append("</ofd:PhysicalBox></ofd:Area>\n");
        }
        xml.append("<ofd:Content><ofd:Layer ID=\"").append(++ids).append("\" Type=\"Body\">\n");
        for (List<Glyph> run : runs(page.glyphs())) {
            wrap(xml, textObject(run, shift), runs++);
        }
        for (Drawing d : page.drawings()) {
            wrap(xml, pathObject(d, shift), paths++);
        }
        return xml.append("</ofd:Layer></ofd:Content></ofd:Page>\n").toString();
    }

    /** Every fourth object goes in a page block, every eighth in a page block inside another. */
    private void wrap(StringBuilder xml, String object, int index) {
        int depth = index % 8 == 7 ? 2 : index % 4 == 3 ? 1 : 0;
        for (int d = 0; d < depth; d++) {
            xml.append("<ofd:PageBlock ID=\"").append(++ids).append("\">");
        }
        xml.append(object);
        xml.append("</ofd:PageBlock>".repeat(depth)).append('\n');
    }

    /** Glyphs in drawing order cut into runs: one font, one size, one baseline, going right, a gap only after a full-width glyph. */
    private static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : glyphs) {
            Glyph last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && (!g.font().equals(last.font()) || g.size() != last.size() || g.y() != last.y()
                    || g.x() < last.x() || !fullWidth(last) && g.x() - (last.x() + last.width()) > 0.05f * g.size())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** A glyph as wide as its font size (an ideograph, a full-width mark): a reader knows its width without the font. */
    private static boolean fullWidth(Glyph g) {
        return !g.text().isBlank() && Math.abs(g.width() - g.size()) < 0.01f * g.size();
    }

    /**
     * One TextObject. Its Boundary runs from the run's left edge (less 1.5 mm when padded) and a font
     * size above the baseline to the last glyph's right edge; with a CTM, its own coordinates are
     * doubled and shifted by (0.6, 0.4) mm, and so is its Size.
     */
    private String textObject(List<Glyph> run, double[] shift) {
        Glyph first = run.get(0);
        Glyph last = run.get(run.size() - 1);
        int variant = runs % 3;
        double pad = variant == 1 ? 1.5 : 0;
        double left = first.x() * MM - pad + shift[0];
        double top = (first.y() - first.size()) * MM - pad + shift[1];
        double right = (last.x() + last.width()) * MM + shift[0];
        double bottom = (first.y() + 0.3f * first.size()) * MM + shift[1];
        boolean ctm = variant == 2;
        double scale = ctm ? 0.5 : 1;
        double[] offset = ctm ? new double[] {0.6, 0.4} : new double[] {0, 0};
        StringBuilder xml = new StringBuilder("<ofd:TextObject ID=\"").append(++ids).append("\" Boundary=\"")
                .append(num(left)).append(' ').append(num(top)).append(' ').append(num(right - left)).append(' ')
                .append(num(bottom - top)).append("\" Font=\"").append(font(first.font())).append("\" Size=\"")
                .append(num(first.size() * MM / scale)).append('"');
        if (ctm) {
            xml.append(" CTM=\"").append(num(scale)).append(" 0 0 ").append(num(scale)).append(' ')
                    .append(num(offset[0])).append(' ').append(num(offset[1])).append('"');
        }
        xml.append("><ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"")
                .append(num((first.x() * MM + shift[0] - left - offset[0]) / scale)).append("\" Y=\"")
                .append(num((first.y() * MM + shift[1] - top - offset[1]) / scale)).append('"');
        List<String> deltas = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < run.size(); i++) {
            Glyph g = run.get(i);
            // A glyph PDFBox gives as several characters (a ligature) shares its advance among them.
            int n = (int) g.text().codePoints().count();
            double next = i + 1 < run.size() ? run.get(i + 1).x() : Double.NaN;
            for (int k = 0; k < n; k++) {
                if (k + 1 < n) {
                    deltas.add(num(g.width() * MM / n / scale));
                } else if (!Double.isNaN(next)) {
                    deltas.add(num((next - g.x() - g.width() * (n - 1) / n) * MM / scale));
                }
            }
            text.append(g.text());
        }
        if (!deltas.isEmpty()) {
            xml.append(" DeltaX=\"").append(repeats(deltas)).append('"');
        }
        return xml.append('>').append(escape(text.toString())).append("</ofd:TextCode></ofd:TextObject>").toString();
    }

    /** A DeltaX list with each run of three or more equal values written "g N d". */
    private static String repeats(List<String> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); ) {
            int j = i;
            while (j < values.size() && values.get(j).equals(values.get(i))) {
                j++;
            }
            if (j - i >= 3) {
                out.add("g " + (j - i) + " " + values.get(i));
            } else {
                out.addAll(values.subList(i, j));
            }
            i = j;
        }
        return String.join(" ", out);
    }

    /** One PathObject: Boundary around the path; every other one draws through a CTM shifting by (1, 2) mm. */
    private String pathObject(Drawing d, double[] shift) {
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (float[] p : d.points()) {
            for (int k = 0; k + 1 < p.length; k += 2) {
                bounds[0] = Math.min(bounds[0], p[k] * MM + shift[0]);
                bounds[1] = Math.min(bounds[1], p[k + 1] * MM + shift[1]);
                bounds[2] = Math.max(bounds[2], p[k] * MM + shift[0]);
                bounds[3] = Math.max(bounds[3], p[k + 1] * MM + shift[1]);
            }
        }
        double half = d.lineWidth() * MM / 2;
        double left = bounds[0] - half;
        double top = bounds[1] - half;
        boolean ctm = paths % 2 == 1;
        double[] offset = ctm ? new double[] {1, 2} : new double[] {0, 0};
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < d.ops().size(); i++) {
            data.append(data.isEmpty() ? "" : " ").append(d.ops().get(i));
            float[] p = d.points().get(i);
            for (int k = 0; k + 1 < p.length; k += 2) {
                data.append(' ').append(num(p[k] * MM + shift[0] - left - offset[0])).append(' ')
                        .append(num(p[k + 1] * MM + shift[1] - top - offset[1]));
            }
        }
        return "<ofd:PathObject ID=\"" + (++ids) + "\" Boundary=\"" + num(left) + " " + num(top) + " "
                + num(bounds[2] - bounds[0] + 2 * half) + " " + num(bounds[3] - bounds[1] + 2 * half) + "\""
                + (ctm ? " CTM=\"1 0 0 1 " + num(offset[0]) + " " + num(offset[1]) + "\"" : "")
                + " LineWidth=\"" + num(d.lineWidth() * MM) + "\"" + (d.stroke() ? "" : " Stroke=\"false\"")
                + (d.fill() ? " Fill=\"true\"" : "") + "><ofd:StrokeColor Value=\"128 128 128\"/><ofd:AbbreviatedData>"
                + data + "</ofd:AbbreviatedData></ofd:PathObject>";
    }

    private int font(String name) {
        return fonts.computeIfAbsent(name, n -> ++ids);
    }

    private static String mm(float points) {
        return num(points * MM);
    }

    private static String num(double value) {
        String s = String.format(Locale.ROOT, "%.4f", value).replaceFirst("\\.?0+$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Every page's glyphs in drawing order, as PDFBox gives them (overlapping duplicates dropped). */
    private static List<List<Glyph>> glyphs(PDDocument doc) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                pages.add(new ArrayList<>());
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getUnicode() == null || p.getUnicode().isEmpty()) {
                        continue;
                    }
                    String font = p.getFont() == null ? "unknown" : p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
                    pages.get(pages.size() - 1).add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
                            p.getWidthDirAdj(), p.getFontSizeInPt(), font == null ? "unknown" : font));
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(doc, java.io.Writer.nullWriter());
        return pages;
    }

    /** The page's painted paths, in page points from the crop box's top-left corner. */
    private static List<Drawing> drawings(PDPage page) throws IOException {
        PathRecorder recorder = new PathRecorder(page);
        recorder.processPage(page);
        return recorder.drawings;
    }

    private static final class PathRecorder extends PDFGraphicsStreamEngine {
        private final List<Drawing> drawings = new ArrayList<>();
        private final float left;
        private final float upper;
        private List<String> ops = new ArrayList<>();
        private List<float[]> points = new ArrayList<>();
        private java.awt.geom.Point2D current = new java.awt.geom.Point2D.Float();

        PathRecorder(PDPage page) {
            super(page);
            left = page.getCropBox().getLowerLeftX();
            upper = page.getCropBox().getUpperRightY();
        }

        private float[] top(java.awt.geom.Point2D... ps) {
            float[] out = new float[ps.length * 2];
            for (int i = 0; i < ps.length; i++) {
                out[2 * i] = (float) ps[i].getX() - left;
                out[2 * i + 1] = upper - (float) ps[i].getY();
            }
            return out;
        }

        private void op(String op, java.awt.geom.Point2D... ps) {
            ops.add(op);
            points.add(top(ps));
        }

        @Override
        public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                java.awt.geom.Point2D p3) {
            op("M", p0);
            op("L", p1);
            op("L", p2);
            op("L", p3);
            op("C");
            current = p0;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new java.awt.geom.Point2D.Float(x, y);
            op("M", current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new java.awt.geom.Point2D.Float(x, y);
            op("L", current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new java.awt.geom.Point2D.Float(x3, y3);
            op("B", new java.awt.geom.Point2D.Float(x1, y1), new java.awt.geom.Point2D.Float(x2, y2), current);
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            op("C");
        }

        @Override
        public void endPath() {
            ops = new ArrayList<>();
            points = new ArrayList<>();
        }

        private void paint(boolean stroke, boolean fill) {
            if (!ops.isEmpty()) {
                float width = getGraphicsState().getLineWidth()
                        * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
                drawings.add(new Drawing(ops, points, stroke, fill, width));
            }
            endPath();
        }

        @Override
        public void strokePath() {
            paint(true, false);
        }

        @Override
        public void fillPath(int windingRule) {
            paint(false, true);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint(true, true);
        }

        @Override
        public void clip(int windingRule) {
            // The clip's path is ended by the n that follows: nothing is painted.
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
