package org.disclosurelens.extract.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Test material: a PDF as a scanner would give it back. Each page is rendered to an image at
 * {@code dpi}, turned by a small angle (the sheet not square on the glass), speckled with noise,
 * optionally stamped with a red seal over its upper middle, JPEG-compressed, and wrapped as an
 * image-only page of the original's size. The faults are drawn from a seed, so a run is repeatable.
 *
 * <p>Run: {@code java -cp <test classes and the jar> org.disclosurelens.extract.scan.ScanMaker in.pdf
 * out.pdf [dpi] [seed] [pages like 1,3-5]} (scripts/make-scans.sh does it for a folder).
 */
public final class ScanMaker {

    /** What the scanner does to the pages. */
    public record Faults(int dpi, double maxSkewDegrees, double noise, float jpegQuality, boolean seal, boolean quarterTurned,
            long seed) {

        /** The faults the issue asks for: 1-2° of skew, noise, JPEG, a red seal. */
        public static Faults typical(int dpi, long seed) {
            return new Faults(dpi, 2.0, 0.002, 0.75f, true, false, seed);
        }

        /** These faults on a sheet laid on the glass a quarter turned. */
        public Faults turned() {
            return new Faults(dpi, maxSkewDegrees, noise, jpegQuality, seal, true, seed);
        }
    }

    private ScanMaker() {
    }

    public static void main(String[] args) throws IOException {
        int dpi = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        String pages = args.length > 4 ? args[4] : "";
        scan(Path.of(args[0]), Path.of(args[1]), Faults.typical(dpi, seed), pages);
    }

    /** Writes {@code out}, the chosen pages of {@code in} ("" for all, else "1,3-5") as a scan. */
    public static void scan(Path in, Path out, Faults faults, String pages) throws IOException {
        write(in, out, faults, pages, false);
    }

    /** Writes {@code out}: {@code in} with the chosen pages scanned and the others as they were (a mixed PDF). */
    public static void mix(Path in, Path out, Faults faults, String pages) throws IOException {
        write(in, out, faults, pages, true);
    }

    private static void write(Path in, Path out, Faults faults, String pages, boolean keepOthers) throws IOException {
        Random random = new Random(faults.seed());
        try (PDDocument source = Loader.loadPDF(in.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                if (!chosen(pages, i + 1)) {
                    if (keepOthers) {
                        scan.importPage(source.getPage(i));
                    }
                    continue;
                }
                PDRectangle box = source.getPage(i).getCropBox();
                boolean turned = source.getPage(i).getRotation() % 180 != 0;
                BufferedImage image = renderer.renderImageWithDPI(i, faults.dpi(), ImageType.RGB);
                double skew = (random.nextBoolean() ? 1 : -1) * faults.maxSkewDegrees() * (0.5 + random.nextDouble() / 2);
                image = fault(image, skew, faults, random);
                if (faults.quarterTurned()) {
                    image = quarterTurn(image);
                    turned = !turned;
                }
                PDPage page = new PDPage(turned ? new PDRectangle(box.getHeight(), box.getWidth())
                        : new PDRectangle(box.getWidth(), box.getHeight()));
                scan.addPage(page);
                PDImageXObject xobject = JPEGFactory.createFromByteArray(scan, jpeg(image, faults.jpegQuality()));
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            scan.save(out.toFile());
        }
    }

    private static BufferedImage quarterTurn(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return out;
    }

    static boolean chosen(String pages, int page) {
        if (pages.isBlank()) {
            return true;
        }
        for (String part : pages.split(",")) {
            String[] range = part.split("-");
            int from = Integer.parseInt(range[0].trim());
            int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
            if (page >= from && page <= to) {
                return true;
            }
        }
        return false;
    }

    static BufferedImage fault(BufferedImage clean, double skewDegrees, Faults faults, Random random) {
        BufferedImage out = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(clean, AffineTransform.getRotateInstance(Math.toRadians(skewDegrees), clean.getWidth() / 2.0,
                clean.getHeight() / 2.0), null);
        g.dispose();
        if (faults.seal()) {
            stamp(out, faults.dpi(), random);
        }
        int specks = (int) (faults.noise() * out.getWidth() * out.getHeight());
        for (int i = 0; i < specks; i++) {
            int x = random.nextInt(out.getWidth());
            int y = random.nextInt(out.getHeight());
            int grey = random.nextBoolean() ? 40 + random.nextInt(60) : 255;
            out.setRGB(x, y, new Color(grey, grey, grey).getRGB());
        }
        return out;
    }

    /**
     * Stamps a seal as ink does: multiplied into the page, so print under it stays dark (black
     * toner under red ink is still near black on a scan) while paper under it turns red.
     */
    private static void stamp(BufferedImage page, int dpi, Random random) {
        BufferedImage layer = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = layer.createGraphics();
        seal(g, page.getWidth(), page.getHeight(), dpi, random);
        g.dispose();
        int[] ink = new int[page.getWidth()];
        int[] paper = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            layer.getRGB(0, y, ink.length, 1, ink, 0, ink.length);
            page.getRGB(0, y, paper.length, 1, paper, 0, paper.length);
            for (int x = 0; x < ink.length; x++) {
                int alpha = ink[x] >>> 24;
                if (alpha == 0) {
                    continue;
                }
                int mixed = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int under = (paper[x] >> shift) & 0xFF;
                    int over = (ink[x] >> shift) & 0xFF;
                    int tinted = 255 - alpha * (255 - over) / 255;
                    mixed |= (under * tinted / 255) << shift;
                }
                paper[x] = 0xFF000000 | mixed;
            }
            page.setRGB(0, y, paper.length, 1, paper, 0, paper.length);
        }
    }

    /** A round red seal (ring, star, an arc of text), half transparent, somewhere over the page's upper half. */
    private static void seal(Graphics2D g, int width, int height, int dpi, Random random) {
        int radius = (int) (0.8 * dpi);
        int cx = width / 3 + random.nextInt(width / 3);
        int cy = height / 5 + random.nextInt(height / 3);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(220, 30, 40, 170));
        g.setStroke(new BasicStroke(dpi / 25f));
        g.drawOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        int star = radius / 3;
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            int r = i % 2 == 0 ? star : star / 2;
            xs[i] = cx + (int) (r * Math.cos(a));
            ys[i] = cy - (int) (r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 6));
        String text = "SEAL SEAL SEAL";
        for (int i = 0; i < text.length(); i++) {
            double a = Math.PI * (0.85 - 0.7 * i / (text.length() - 1.0));
            AffineTransform old = g.getTransform();
            g.translate(cx + (radius * 0.78) * Math.cos(a), cy - (radius * 0.78) * Math.sin(a));
            g.rotate(Math.PI / 2 - a);
            g.drawString(String.valueOf(text.charAt(i)), 0, 0);
            g.setTransform(old);
        }
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
