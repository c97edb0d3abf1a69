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
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;

/**
 * PDFs through PDFBox directly, not through Tika's PDF parser: tables need each text run's
 * position, which Tika's XHTML does not carry, and reading the file twice would double the cost
 * of the most common format. Tika's PDF parser is PDFBox's text stripper too.
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
            List<PageLayout> pages = stripper.pages;
            boolean noText = pages.stream().allMatch(p -> p.lines().isEmpty());
            if (noText && doc.getNumberOfPages() > 0) {
                throw new ExtractionException(ExtractionException.Reason.NO_TEXT,
                        "none of the " + doc.getNumberOfPages() + " pages has extractable text (a scan?); run OCR first");
            }
            return new ExtractedDocument(SourceFormat.PDF, doc.getNumberOfPages(), null,
                    PdfBlockBuilder.build(pages), pages, warnings);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "the PDF needs a password to open; obtain an unprotected copy", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "PDFBox could not read it (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    /** Records every run of text with its position instead of writing text. */
    private static final class LayoutStripper extends PDFTextStripper {
        private final List<PageLayout> pages = new ArrayList<>();
        private List<TextLine> lines = new ArrayList<>();
        private List<TextChunk> chunks = new ArrayList<>();

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
            chunks = new ArrayList<>();
        }

        /**
         * Splits PDFBox's words further, at spaces and at gaps wider than half a character:
         * generated PDFs often print a whole table row as one word padded with spaces, and the
         * column gaps are what table reconstruction needs.
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
                boolean gap = last != null && p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())
                        > 0.5f * Math.max(1f, p.getFontSizeInPt());
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
            pages.add(new PageLayout(getCurrentPageNo(), box.getWidth(), box.getHeight(), lines, List.of()));
        }
    }
}
