package org.disclosurelens.extract;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.disclosurelens.model.Ruling;

/**
 * Collects the straight lines a page draws (table borders) while the text stripper reads the same
 * content stream, so each page is parsed once. Registers the path operators (m l c v y h re and
 * the painting operators S s f F f* B B* b b* n) on the stripper. Stroked horizontal and vertical
 * segments are rulings; a filled rectangle is a ruling only when thin (a line drawn as a filled
 * box); wider fills are cell shading or page backgrounds and are ignored, as tabula-java's
 * ObjectExtractor does (MIT licence; the idea, not its code). Coordinates are turned into the
 * text positions' frame: origin top-left of the crop box, page rotation applied.
 */
final class RulingCollector {

    /** A filled box at most this thick is a line. */
    static final float THIN = 2.5f;
    /** Segments shorter than this are glyph parts or ticks, not borders. */
    static final float SHORT = 2f;
    /** Beyond this many rulings a page is a drawing, not a table; the rest are ignored. */
    static final int MAX_RULINGS = 5000;

    private final PDFStreamEngine engine;
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> boxes = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private int subpath;
    private Point2D.Float current;
    private Point2D.Float subpathStart;
    private float width;
    private float height;
    private float left;
    private float bottom;
    private int rotation;

    RulingCollector(PDFStreamEngine engine) {
        this.engine = engine;
        add("m", o -> moveTo(o));
        add("l", o -> lineTo(o));
        add("c", o -> curveTo(o, 4));
        add("v", o -> curveTo(o, 2));
        add("y", o -> curveTo(o, 2));
        add("h", o -> closePath());
        add("re", o -> rectangle(o));
        for (String op : List.of("S", "s")) {
            add(op, o -> paint(op.equals("s"), true));
        }
        for (String op : List.of("f", "F", "f*")) {
            add(op, o -> paint(false, false));
        }
        for (String op : List.of("B", "B*", "b", "b*")) {
            add(op, o -> paint(op.startsWith("b"), true));
        }
        add("n", o -> clear());
    }

    /** Starts a page: forgets the previous page's rulings and notes the crop box and rotation. */
    void startPage(PDPage page) {
        rulings.clear();
        clear();
        PDRectangle box = page.getCropBox();
        width = box.getWidth();
        height = box.getHeight();
        left = box.getLowerLeftX();
        bottom = box.getLowerLeftY();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** The page's rulings so far, in text coordinates. */
    List<Ruling> rulings() {
        return rulings;
    }

    private void add(String name, Consumer<List<COSBase>> action) {
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.accept(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }

    private void moveTo(List<COSBase> o) {
        if (numbers(o, 2)) {
            current = device(f(o, 0), f(o, 1));
            subpathStart = current;
            subpath++;
        }
    }

    private void lineTo(List<COSBase> o) {
        if (numbers(o, 2) && current != null) {
            Point2D.Float next = device(f(o, 0), f(o, 1));
            segments.add(new float[] {current.x, current.y, next.x, next.y, subpath});
            current = next;
        }
    }

    /** A curve is no ruling, but it moves the current point to its end. */
    private void curveTo(List<COSBase> o, int endIndex) {
        if (numbers(o, endIndex + 2) && current != null) {
            current = device(f(o, endIndex), f(o, endIndex + 1));
        }
    }

    private void closePath() {
        if (current != null && subpathStart != null) {
            segments.add(new float[] {current.x, current.y, subpathStart.x, subpathStart.y, subpath});
            current = subpathStart;
        }
    }

    private void rectangle(List<COSBase> o) {
        if (!numbers(o, 4)) {
            return;
        }
        float x = f(o, 0);
        float y = f(o, 1);
        Point2D.Float a = device(x, y);
        Point2D.Float c = device(x + f(o, 2), y + f(o, 3));
        boxes.add(new float[] {Math.min(a.x, c.x), Math.min(a.y, c.y), Math.max(a.x, c.x), Math.max(a.y, c.y)});
        current = a;
        subpathStart = a;
    }

    private void paint(boolean close, boolean stroke) {
        if (close) {
            closePath();
        }
        if (stroke) {
            for (float[] s : segments) {
                addSegment(s[0], s[1], s[2], s[3]);
            }
        } else {
            addThinSubpaths();
        }
        for (float[] b : boxes) {
            Ruling bar = bar(b[0], b[1], b[2], b[3]);
            if (bar != null) {
                addSegment(bar.x0(), bar.y0(), bar.x1(), bar.y1());
            } else if (stroke) {
                addSegment(b[0], b[1], b[2], b[1]);
                addSegment(b[0], b[3], b[2], b[3]);
                addSegment(b[0], b[1], b[0], b[3]);
                addSegment(b[2], b[1], b[2], b[3]);
            }
        }
        clear();
    }

    /** A filled subpath drawn with lines is a ruling when its bounding box is a thin bar. */
    private void addThinSubpaths() {
        int i = 0;
        while (i < segments.size()) {
            float id = segments.get(i)[4];
            float[] bbox = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (; i < segments.size() && segments.get(i)[4] == id; i++) {
                float[] s = segments.get(i);
                bbox[0] = Math.min(bbox[0], Math.min(s[0], s[2]));
                bbox[1] = Math.min(bbox[1], Math.min(s[1], s[3]));
                bbox[2] = Math.max(bbox[2], Math.max(s[0], s[2]));
                bbox[3] = Math.max(bbox[3], Math.max(s[1], s[3]));
            }
            boxes.add(bbox);
        }
    }

    private void addSegment(float x0, float y0, float x1, float y1) {
        Ruling ruling = straight(x0, y0, x1, y1);
        if (ruling != null && rulings.size() < MAX_RULINGS) {
            rulings.add(ruling);
        }
    }

    /**
     * The ruling a segment draws, or null when it is slanted or too short to be a border. Shared
     * with the OFD reader, so that both fixed-layout formats see the same lines.
     */
    static Ruling straight(float x0, float y0, float x1, float y1) {
        boolean horizontal = Math.abs(y1 - y0) < 0.5f;
        boolean vertical = Math.abs(x1 - x0) < 0.5f;
        if (!horizontal && !vertical || Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) < SHORT) {
            return null;
        }
        return horizontal
                ? new Ruling(Math.min(x0, x1), y0, Math.max(x0, x1), y0)
                : new Ruling(x0, Math.min(y0, y1), x0, Math.max(y0, y1));
    }

    /** The line along the middle of a box at most {@link #THIN} thick, or null when the box is no line. */
    static Ruling bar(float left, float top, float right, float bottom) {
        float w = right - left;
        float h = bottom - top;
        if (w <= THIN && h > SHORT) {
            return straight((left + right) / 2, top, (left + right) / 2, bottom);
        }
        if (h <= THIN && w > SHORT) {
            return straight(left, (top + bottom) / 2, right, (top + bottom) / 2);
        }
        return null;
    }

    private void clear() {
        segments.clear();
        boxes.clear();
        current = null;
        subpathStart = null;
    }

    /**
     * A user-space point in the text positions' frame. PDFBox's TextPosition measures x and y in
     * the crop box turned by the page's rotation (getXDirAdj/getYDirAdj), y growing downwards.
     */
    private Point2D.Float device(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        float px = p.x - left;
        float py = p.y - bottom;
        return switch (rotation) {
            case 90 -> new Point2D.Float(py, px);
            case 180 -> new Point2D.Float(width - px, py);
            case 270 -> new Point2D.Float(height - py, width - px);
            default -> new Point2D.Float(px, height - py);
        };
    }

    private static boolean numbers(List<COSBase> o, int n) {
        if (o.size() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!(o.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float f(List<COSBase> o, int i) {
        return ((COSNumber) o.get(i)).floatValue();
    }
}
