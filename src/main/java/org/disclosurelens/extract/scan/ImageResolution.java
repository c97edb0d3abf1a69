package org.disclosurelens.extract.scan;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The images a page draws and their resolution as drawn: pixels over the inches they cover on the
 * page (an image's own size says nothing until the page's matrix scales it). A scan's resolution is
 * that of its largest image.
 */
final class ImageResolution extends PDFStreamEngine {

    /** The largest image drawn and its resolution, in dots per inch along its narrower scale. */
    record Largest(double area, double dpi) {
    }

    private double area;
    private double dpi;

    private ImageResolution() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** The page's largest image, or an area of 0 when it draws none. */
    static Largest of(PDPage page) throws IOException {
        ImageResolution engine = new ImageResolution();
        engine.processPage(page);
        return new Largest(engine.area, engine.dpi);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (OperatorName.DRAW_OBJECT.equals(operator.getName()) && !operands.isEmpty()
                && operands.get(0) instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double w = Math.hypot(ctm.getScaleX(), ctm.getShearY());
                double h = Math.hypot(ctm.getShearX(), ctm.getScaleY());
                double drawn = w * h;
                if (drawn > area && w > 0 && h > 0) {
                    area = drawn;
                    dpi = Math.min(image.getWidth() / (w / 72), image.getHeight() / (h / 72));
                }
                return;
            }
            if (object instanceof PDFormXObject form) {
                showForm(form);
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
