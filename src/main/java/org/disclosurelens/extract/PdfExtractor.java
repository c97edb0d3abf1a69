package org.disclosurelens.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosurelens.extract.scan.ScanReader;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.OcrReading;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/**
 * PDFs through PDFBox directly, not through Tika's PDF parser: tables need each text run's
 * position and the page's ruling lines, which Tika's XHTML does not carry, and reading the file
 * twice would double the cost of the most common format. Tika's PDF parser is PDFBox's text
 * stripper too. One pass over each page's content collects both text and rulings.
 */
final class PdfExtractor implements Extractor {

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException, IOException {
        List<String> warnings = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted()) {
                warnings.add("encrypted with an empty user password; read without one");
            }
            LayoutStripper stripper = new LayoutStripper();
            stripper.setSortByPosition(true);
            stripper.writeText(doc, Writer.nullWriter());
            List<PageLayout> pages = new ArrayList<>(stripper.pages);
            Scans scans = readScans(doc, pages);
            warnings.addAll(scans.warnings());
            boolean noText = pages.stream().allMatch(p -> p.lines().isEmpty());
            if (noText && doc.getNumberOfPages() > 0) {
                throw new ExtractionException(ExtractionException.Reason.NO_TEXT, scans.unread().isEmpty()
                        ? "none of the " + doc.getNumberOfPages() + " pages has extractable text or a scanned image"
                        : ScanReader.Unreadable.of(scans.unread()));
            }
            return new ExtractedDocument(SourceFormat.PDF, doc.getNumberOfPages(), null,
                    PdfBlockBuilder.build(pages), pages, warnings, scans.readings());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "the PDF needs a password to open; obtain an unprotected copy", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "PDFBox could not read it (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    /** The pages read by OCR, what a user should know about them, and why any could not be read. */
    private record Scans(List<OcrReading> readings, List<String> warnings, List<ScanReader.Unreadable> unread) {
    }

    /**
     * Reads by OCR, in place, each page that has no text layer but an image (a scan), page by page:
     * a document mixing text pages and scanned pages is read each page by its own path.
     */
    private static Scans readScans(PDDocument doc, List<PageLayout> pages) throws IOException {
        List<OcrReading> readings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ScanReader.Unreadable> unread = new ArrayList<>();
        ScanReader reader = null;
        for (int i = 0; i < pages.size(); i++) {
            if (!ScanReader.needsOcr(doc.getPage(i), pages.get(i))) {
                continue;
            }
            if (reader == null) {
                reader = ScanReader.get();
            }
            ScanReader.Outcome outcome = reader.read(doc, i);
            if (outcome instanceof ScanReader.Read read) {
                pages.set(i, read.layout());
                readings.add(read.reading());
                warnings.addAll(read.warnings());
            } else if (outcome instanceof ScanReader.Unreadable poor) {
                unread.add(poor);
            }
        }
        if (!readings.isEmpty()) {
            warnings.add(readings.size() + " of " + pages.size() + " pages had no text layer and were read by OCR ("
                    + readings.get(0).engine() + ", " + ScanReader.DPI + " dpi): their values say source=ocr");
        }
        if (!unread.isEmpty() && (!readings.isEmpty() || pages.stream().anyMatch(p -> !p.lines().isEmpty()))) {
            warnings.add(ScanReader.Unreadable.of(unread));
        }
        return new Scans(readings, warnings, unread);
    }

    /** How far outside the crop box a glyph may start and still be on the page (glyphs overhang). */
    private static final float OUTSIDE = 2f;

    /** Records every run of text with its position, and the page's rulings, instead of writing text. */
    private static final class LayoutStripper extends PDFTextStripper {
        private final List<PageLayout> pages = new ArrayList<>();
        private final RulingCollector rulings = new RulingCollector(this);
        private List<TextLine> lines = new ArrayList<>();
        private List<TextChunk> chunks = new ArrayList<>();
        private float[][] cuts;

        @Override
        public void processPage(PDPage page) throws IOException {
            rulings.startPage(page);
            cuts = null;
            super.processPage(page);
        }

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
            chunks = new ArrayList<>();
        }

        /**
         * Text outside the page's crop box is not on the page a reader sees (014's page 11 carries
         * three more tables below its bottom edge); pdftotext and viewers clip it, so do we.
         */
        @Override
        protected void processTextPosition(TextPosition text) {
            // The text matrix is relative to the crop box's corner and not yet turned by the
            // page's rotation: one check for every rotation, without PDFBox's rotated getters.
            float x = text.getTextMatrix().getTranslateX();
            float y = text.getTextMatrix().getTranslateY();
            if (x >= -OUTSIDE && x <= text.getPageWidth() + OUTSIDE && y >= -OUTSIDE && y <= text.getPageHeight() + OUTSIDE) {
                super.processTextPosition(text);
            }
        }

        /**
         * Splits PDFBox's words further, at spaces, at gaps wider than half a character, where the
         * text goes back left (a glyph of the line below sorted into this word) and at cell
         * borders: generated PDFs often print a whole table row as one word padded with spaces,
         * and the column gaps are what table reconstruction needs.
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            StringBuilder run = new StringBuilder();
            TextPosition first = null;
            TextPosition last = null;
            float size = 0f;
            for (TextPosition p : positions) {
                String unicode = p.getUnicode();
                boolean blank = unicode == null || unicode.isBlank();
                boolean gap = last != null && (p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())
                        > 0.5f * Math.max(1f, p.getFontSizeInPt()) || p.getXDirAdj() < last.getXDirAdj() - 0.5f
                        || ruledBetween(last, p));
                if ((blank || gap) && first != null) {
                    chunks.add(new TextChunk(run.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj(), size));
                    run.setLength(0);
                    first = null;
                    size = 0f;
                }
                if (blank) {
                    continue;
                }
                if (first == null) {
                    first = p;
                }
                run.append(unicode);
                last = p;
                size = Math.max(size, p.getFontSizeInPt());
            }
            if (first != null) {
                chunks.add(new TextChunk(run.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(), size));
            }
        }

        /**
         * True when a vertical ruling passes between two glyphs of a word: the cell border splits
         * it, though PDFBox saw no space (a right-aligned amount touching the next cell's text).
         * The page's content has been read before its text is written, so its rulings are known.
         */
        private boolean ruledBetween(TextPosition a, TextPosition b) {
            if (cuts == null) {
                cuts = rulings.rulings().stream().filter(org.disclosurelens.model.Ruling::vertical)
                        .map(r -> new float[] {r.x0(), r.y0(), r.y1()}).toArray(float[][]::new);
            }
            float from = a.getXDirAdj() + a.getWidthDirAdj() / 2;
            float to = b.getXDirAdj() + b.getWidthDirAdj() / 2;
            float y = b.getYDirAdj() - b.getHeightDir() / 2;
            for (float[] cut : cuts) {
                if (cut[0] > from && cut[0] < to && cut[1] <= y && cut[2] >= y) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void writeLineSeparator() {
            if (!chunks.isEmpty()) {
                lines.add(new TextLine(chunks, lines.size() + 1));
                chunks = new ArrayList<>();
            }
        }

        @Override
        protected void endPage(PDPage page) {
            writeLineSeparator();
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            pages.add(new PageLayout(getCurrentPageNo(), turned ? box.getHeight() : box.getWidth(),
                    turned ? box.getWidth() : box.getHeight(), lines, rulings.rulings()));
        }
    }
}
