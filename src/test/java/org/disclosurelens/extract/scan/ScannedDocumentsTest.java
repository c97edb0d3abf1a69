package org.disclosurelens.extract.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.disclosurelens.AnalyzedCorpus;
import org.disclosurelens.check.Finding;
import org.disclosurelens.check.Severity;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.export.BudgetLinesCsv;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans made here from the seed's PDF (ScanMaker: 300 dpi, 1-2° of skew, specks, JPEG, a red seal)
 * read by OCR through the whole pipeline, page by page beside the seed's text pages.
 */
class ScannedDocumentsTest {

    private static final Path SEED = Path.of("corpus", "seed", "seed.pdf");

    @TempDir
    static Path dir;

    private static DocumentResult text;
    private static DocumentResult mixed;

    @BeforeAll
    static void analyse() throws IOException {
        text = AnalyzedCorpus.analyze(SEED);
        Path file = dir.resolve("mixed.pdf");
        // Page 3 holds the budget tables (收支总表 to 三公), page 5 a 绩效目标表's indicators.
        ScanMaker.mix(SEED, file, ScanMaker.Faults.typical(300, 11), "3,5");
        mixed = AnalyzedCorpus.analyze(file);
    }

    @Test
    void readsTheScannedPagesByOcrAndTheOthersFromTheirText() {
        assertEquals(Status.OK, mixed.status());
        assertEquals(List.of(3, 5), mixed.document().ocrPages().stream().map(o -> o.page()).toList());
        assertEquals(text.pages(), mixed.pages());
        assertTrue(mixed.document().warnings().contains(
                "2 of 10 pages had no text layer and were read by OCR (rapidocr-ppocrv3, 300 dpi): their values say source=ocr"),
                mixed.document().warnings().toString());
    }

    @Test
    void readsTheSameTotalsFromTheScannedTables() {
        for (Total total : Total.values()) {
            assertEquals(text.data().headline().wan(total), mixed.data().headline().wan(total), total.name());
        }
    }

    @Test
    void readsEveryBudgetLineOfTheScannedPageAndSaysItCameFromOcr() {
        CsvView lines = new BudgetLinesCsv();
        int source = lines.header().indexOf("source");
        int amount = lines.header().indexOf("amount_wan");
        int name = lines.header().indexOf("name");
        int page = lines.header().indexOf("page");
        List<String> expected = lines.rows(text).stream().filter(r -> r.get(page).equals("3"))
                .map(r -> r.get(name) + "=" + r.get(amount)).toList();
        List<List<String>> scanned = lines.rows(mixed).stream().filter(r -> r.get(page).equals("3")).toList();
        assertEquals(expected, scanned.stream().map(r -> r.get(name) + "=" + r.get(amount)).toList());
        assertTrue(scanned.stream().allMatch(r -> r.get(source).equals("ocr")));
        assertTrue(lines.rows(mixed).stream().filter(r -> r.get(page).equals("2")).allMatch(r -> r.get(source).equals("text")));
    }

    @Test
    void givesNoArithmeticErrorOnAScannedPageItIsNotSureOf() {
        for (Finding f : mixed.findings()) {
            if (mixed.document().ocrAt(f.location()).isPresent() && f.category() == org.disclosurelens.check.Category.ARITHMETIC) {
                assertEquals(Severity.INFO, f.severity(), f.toString());
                assertTrue(f.messageEn().contains("possibly misread: page "), f.messageEn());
            }
        }
    }

    @Test
    void saysWhyAScanCannotBeRead() throws IOException {
        Path coarse = dir.resolve("coarse.pdf");
        ScanMaker.scan(SEED, coarse, ScanMaker.Faults.typical(72, 3), "3");
        DocumentResult c = AnalyzedCorpus.analyze(coarse);
        assertEquals(Status.ERROR, c.status());
        assertTrue(c.message().startsWith("no text layer: page 1 is a scan of 72 dpi, too coarse to read its figures;"
                + " rescan it at 300 dpi"), c.message());

        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage white = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
            white.getGraphics().fillRect(0, 0, 2480, 3508);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, white), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            doc.save(blank.toFile());
        }
        DocumentResult b = AnalyzedCorpus.analyze(blank);
        assertEquals(Status.ERROR, b.status());
        assertEquals("no text layer: page 1 is blank (nothing printed on the scan)", b.message());
    }

    @Test
    void turnsAQuarterTurnedScanBackAndSaysSo() throws IOException {
        Path turned = dir.resolve("turned.pdf");
        ScanMaker.mix(SEED, turned, ScanMaker.Faults.typical(300, 5).turned(), "3");
        DocumentResult t = AnalyzedCorpus.analyze(turned);
        assertTrue(t.document().warnings().contains("page 3 was scanned turned a quarter; it was read turned upright"),
                t.document().warnings().toString());
        assertEquals(text.data().headline().wan(Total.THREE_PUBLIC), t.data().headline().wan(Total.THREE_PUBLIC));
    }
}
