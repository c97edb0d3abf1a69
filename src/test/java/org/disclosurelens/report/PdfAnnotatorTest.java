package org.disclosurelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.disclosurelens.check.Finding;
import org.disclosurelens.extract.ExtractionException;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated copy of corpus/real 007 (the test copy of 普陀区财政局's 2024 决算 with planted
 * errors): a highlight for every finding with a page, over the very text it quotes, with the rule
 * and message in its note; the findings of the whole document in one note on page 1.
 */
class PdfAnnotatorTest {

    private static final Path FILE = Path.of("corpus", "real", "007_sh_putuo_finance_2024_final_accounts_BADTEST_modified.pdf");

    @TempDir
    Path dir;

    @Test
    void highlightsEachFindingOverTheTextItQuotes() throws IOException, ExtractionException {
        DocumentResult analysed = new Analyzer().analyze(FILE, FILE.getParent());
        List<PdfAnnotator.Mark> marks = new ArrayList<>();
        for (Finding f : analysed.findings()) {
            marks.add(new PdfAnnotator.Mark(f.location().page(), f.location().line(), f.evidence(), f.rule(), f.severity().label(),
                    f.messageZh()));
        }
        long onPages = marks.stream().filter(m -> m.page() > 0).count();
        long whole = marks.size() - onPages;
        assertTrue(onPages >= 6 && whole >= 1, marks.toString());

        Path target = dir.resolve("007.pdf");
        PdfAnnotator.Result r = new PdfAnnotator().annotate(FILE, marks, target);
        // TEXT-EMPTY-TABLE quotes the table's title and the text's sentence (p23) as one: the table's own line is marked.
        assertEquals(new PdfAnnotator.Result((int) onPages - 1, 1, (int) whole, 0), r);

        try (PDDocument annotated = Loader.loadPDF(target.toFile())) {
            Map<String, Integer> byRule = new TreeMap<>();
            List<String> misplaced = new ArrayList<>();
            int notes = 0;
            for (int p = 0; p < annotated.getNumberOfPages(); p++) {
                PDPage page = annotated.getPage(p);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationText note) {
                        notes++;
                        assertEquals(0, p);
                        assertTrue(note.getContents().contains("COMPLETENESS-TOC-TABLE"), note.getContents());
                    } else if (a instanceof PDAnnotationHighlight h) {
                        String rule = h.getSubject();
                        byRule.merge(rule, 1, Integer::sum);
                        String under = under(page, h.getRectangle());
                        PdfAnnotator.Mark mark = marks.stream().filter(m -> m.rule().equals(rule) && m.page() == page(annotated, page))
                                .filter(m -> under.contains(probe(m.evidence())) || under.contains(probe(m.evidence().split("：")[0])))
                                .findFirst().orElse(null);
                        if (mark == null) {
                            misplaced.add(rule + " p" + page(annotated, page) + ": " + under);
                        }
                        assertTrue(h.getContents().startsWith(rule + " ("), h.getContents());
                    }
                }
            }
            assertEquals(1, notes);
            assertEquals(List.of(), misplaced);
            assertEquals(onPages, byRule.values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(3, byRule.get("TEXT-FINAL-DIRECTION"), byRule.toString());
        }
    }

    private static int page(PDDocument document, PDPage page) {
        return document.getPages().indexOf(page) + 1;
    }

    /** The text under a rectangle of the page (PDF coordinates), spaces aside. */
    private static String under(PDPage page, PDRectangle rect) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getCropBox().getHeight();
            stripper.addRegion("r", new Rectangle2D.Float(rect.getLowerLeftX(), height - rect.getUpperRightY(), rect.getWidth(),
                    rect.getHeight()));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("r").replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The opening of the evidence, spaces aside: what must lie under its highlight. */
    private static String probe(String evidence) {
        String compact = evidence.replaceAll("\\s+", "").replaceAll("…+$", "");
        return compact.substring(0, Math.min(10, compact.length()));
    }
}
