package org.disclosurelens.extract.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosurelens.model.OcrReading;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.TextLine;

/**
 * Reads a PDF page that has no text layer: renders it at {@value #DPI} dpi, takes seals out,
 * measures and undoes its skew, turns it back if it was scanned a quarter turned, finds its table
 * rulings in the image and reads its text by OCR, into the same page layout a text layer gives, so
 * that paragraphs, tables, figures and checks work unchanged. Pages too poor to read (blank, coarser
 * than {@value #MIN_DPI} dpi, nothing legible) are not guessed at: the outcome says why and what to do.
 */
public final class ScanReader {

    public static final int DPI = 300;
    /** Below this, digits are a few pixels tall: 72-dpi scans read 8 as 3 and 0 as 6. */
    static final int MIN_DPI = 150;
    /** A page with fewer characters than this in its text layer is a scan (a page number or a stamp's layer aside). */
    private static final int TEXT_LAYER = 10;
    /** Less ink than this share of the page: nothing printed (a blank scan's noise stays far below). */
    private static final double BLANK = 0.0005;
    /** A run of text OCR reads with at least this lowest score counts as legible. */
    private static final float LEGIBLE = 0.5f;

    /** What reading a page gave. */
    public sealed interface Outcome permits Read, Unreadable {
    }

    /** The page as read: its layout, its confidences, and what a user should know (it was turned). */
    public record Read(PageLayout layout, OcrReading reading, List<String> warnings) implements Outcome {
    }

    /**
     * A page not read, and why, in words a user can act on: {@code why} continues "page 3 " (is
     * blank …), so that pages with the same problem are named together.
     */
    public record Unreadable(int page, String why) implements Outcome {

        /** What is wrong with these pages, as one sentence. */
        public static String of(List<Unreadable> pages) {
            Map<String, List<Integer>> byWhy = new LinkedHashMap<>();
            pages.forEach(p -> byWhy.computeIfAbsent(p.why(), w -> new ArrayList<>()).add(p.page()));
            List<String> parts = new ArrayList<>();
            byWhy.forEach((why, numbers) -> parts.add(numbers.size() == 1 ? "page " + numbers.get(0) + " " + why
                    : "pages " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ": each " + why));
            return String.join("; ", parts);
        }
    }

    private final OcrEngine engine;

    private ScanReader(OcrEngine engine) {
        this.engine = engine;
    }

    /** The reader with this JVM's OCR engine, loaded on first use. */
    public static ScanReader get() throws IOException {
        return new ScanReader(RapidOcr.get());
    }

    /** Whether the page's text must come from OCR: hardly any text in its layer, and an image on it. */
    public static boolean needsOcr(PDPage page, PageLayout textLayer) throws IOException {
        int characters = 0;
        for (TextLine line : textLayer.lines()) {
            characters += line.text().replace(" ", "").length();
        }
        return characters < TEXT_LAYER && ImageResolution.of(page).area() > 0;
    }

    public Outcome read(PDDocument document, int index) throws IOException {
        OcrClock.page();
        PDPage page = document.getPage(index);
        int number = index + 1;
        ImageResolution.Largest image = ImageResolution.of(page);
        if (image.dpi() < MIN_DPI) {
            return new Unreadable(number, String.format(Locale.ROOT,
                    "is a scan of %.0f dpi, too coarse to read its figures; rescan it at 300 dpi", image.dpi()));
        }
        BufferedImage grey = PageImages.despeckled(
                PageImages.withoutSeals(new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB)));
        if (PageImages.inkShare(grey) < BLANK) {
            return new Unreadable(number, "is blank (nothing printed on the scan)");
        }
        List<String> warnings = new ArrayList<>();
        double skew = PageImages.skew(grey);
        if (Math.abs(skew) >= 0.1) {
            grey = PageImages.rotated(grey, -skew);
        }
        List<OcrText> texts = engine.read(grey);
        if (upright(texts) < 0) {
            // Turned a quarter: try both quarters; the engine reads an upside-down run as well as an
            // upright one (it turns each run it finds upside down), so the way up is the turn that
            // leaves fewer runs upside down.
            BufferedImage best = null;
            List<OcrText> bestTexts = texts;
            for (int quarters : new int[] {1, 3}) {
                BufferedImage turned = PageImages.quarterTurned(grey, quarters);
                List<OcrText> read = engine.read(turned);
                if (best == null || upsideDown(read) < upsideDown(bestTexts)
                        || upsideDown(read) == upsideDown(bestTexts) && legible(read) > legible(bestTexts)) {
                    best = turned;
                    bestTexts = read;
                }
            }
            // The skew measured before the turn was the columns'; the rows' is measured now.
            double upright = PageImages.skew(best);
            grey = Math.abs(upright) >= 0.1 ? PageImages.rotated(best, -upright) : best;
            texts = grey == best ? bestTexts : engine.read(grey);
            warnings.add("page " + number + " was scanned turned a quarter; it was read turned upright");
        } else if (upsideDown(texts) > texts.size() / 2) {
            grey = PageImages.quarterTurned(PageImages.quarterTurned(grey, 1), 1);
            texts = engine.read(grey);
            warnings.add("page " + number + " was scanned upside down; it was read turned upright");
        }
        if (legible(texts) == 0) {
            return new Unreadable(number,
                    "is a scan on which OCR found no legible text (too faint, a photo, or turned?); rescan it upright at 300 dpi");
        }
        texts = LostOne.restore(grey, texts);
        float scale = 72f / DPI;
        List<Ruling> pixels = ImageRulings.find(grey);
        List<OcrLines.Read> lines = OcrLines.lines(texts, pixels, scale);
        List<Ruling> rulings = pixels.stream()
                .map(r -> new Ruling(r.x0() * scale, r.y0() * scale, r.x1() * scale, r.y1() * scale)).toList();
        PageLayout layout = new PageLayout(number, grey.getWidth() * scale, grey.getHeight() * scale,
                lines.stream().map(OcrLines.Read::line).toList(), rulings);
        OcrReading reading = new OcrReading(number, engine.name(), lines.stream().map(OcrLines.Read::confidence).toList());
        return new Read(layout, reading, warnings);
    }

    /** Positive when the page's runs of text lie along its width, negative when most stand on end (a turned scan). */
    static int upright(List<OcrText> texts) {
        int across = 0;
        int standing = 0;
        for (OcrText t : texts) {
            if (t.text().length() < 3) {
                continue;
            }
            if (t.height() > 1.5f * t.width()) {
                standing++;
            } else if (t.width() > 1.5f * t.height()) {
                across++;
            }
        }
        return across >= standing ? 1 : -1;
    }

    /** The number of runs the engine found upside down. */
    static int upsideDown(List<OcrText> texts) {
        return (int) texts.stream().filter(OcrText::upsideDown).count();
    }

    /** The number of characters in runs read with a legible confidence. */
    static int legible(List<OcrText> texts) {
        return texts.stream().filter(t -> t.confidence() >= LEGIBLE).mapToInt(t -> t.text().length()).sum();
    }
}
