package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.model.Table;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OfdExtractor on a tiny OFD written by hand, whose every position is worked out below in
 * millimetres, and on the seed's OFD, which must put every run of text and every ruling where
 * PDFBox puts them in the PDF it was written from.
 */
class OfdExtractorTest {

    private static final float MM = 72f / 25.4f;
    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    @TempDir
    Path dir;

    /**
     * The page's own Area starts at (10, 20) mm, so 10 and 20 come off every x and y. "收入12.5"
     * sits at Boundary (30, 40): 收 at x 30+2, 入 5 further, then a gap (DeltaX 20 after 入, which
     * is 5 wide) before 1 2 . 5 at 2.5, 2.5 and 1.25 apart; the Boundary ends where 5 ends.
     * "合计数字" goes through CTM 2 0 0 2 5 3 at Boundary (100, 100): x = 100 + 2 * (1 + 2.5 k) + 5,
     * y = 100 + 2 * 4 + 3, and its Size 2.5 draws 5 mm high; the second TextCode has no X, takes
     * the first's, and no DeltaX, so its characters advance by their width.
     */
    @Test
    void placesTextThroughTheBoundaryTheCtmAndDeltaX() throws Exception {
        PageLayout page = only(tiny());
        assertEquals(200 * MM, page.width(), 1e-3);
        assertEquals(280 * MM, page.height(), 1e-3);
        List<TextLine> lines = page.lines();
        assertEquals(List.of("收入 12.5", "合计数字", "小计", "第1页"), lines.stream().map(TextLine::text).toList());
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(TextLine::number).toList());
        assertChunk(lines.get(0).chunks().get(0), "收入", 22, 32, 26, 5);
        assertChunk(lines.get(0).chunks().get(1), "12.5", 47, 55.75f, 26, 5);
        assertChunk(lines.get(1).chunks().get(0), "合计数字", 97, 117, 91, 5);
        assertChunk(lines.get(2).chunks().get(0), "小计", 97, 107, 107, 5);
        assertChunk(lines.get(3).chunks().get(0), "第1页", 90, 100, 254, 4);
    }

    /**
     * A stroked rectangle (M L L L C) is four rulings; a thin filled box drawn through a CTM is one
     * along its middle; a slanted line, a path not shown (Visible="false") and a wide filled box
     * (cell shading) are none.
     */
    @Test
    void turnsRectanglesAndThinBoxesIntoRulings() throws Exception {
        List<float[]> rulings = only(tiny()).rulings().stream().map(r -> new float[] {r.x0(), r.y0(), r.x1(), r.y1()}).toList();
        assertEquals(5, rulings.size());
        float[][] expected = {
            {10, 130, 110, 130}, {110, 130, 110, 160}, {10, 160, 110, 160}, {10, 130, 10, 160}, {10, 180.75f, 110, 180.75f}};
        for (int i = 0; i < expected.length; i++) {
            float[] mm = expected[i];
            assertArrayEquals(new float[] {mm[0] * MM, mm[1] * MM, mm[2] * MM, mm[3] * MM}, rulings.get(i), 1e-3f, "ruling " + i);
        }
    }

    @Test
    void readsTheSeedOfdAtThePdfsPositions() throws Exception {
        ExtractedDocument pdf = new PdfExtractor().extract(Path.of("corpus", "seed", "seed.pdf"));
        ExtractedDocument ofd = new OfdExtractor().extract(Path.of("corpus", "seed", "seed.ofd"));
        assertEquals(10, ofd.pages());
        int chunks = 0;
        for (int p = 0; p < pdf.pageLayouts().size(); p++) {
            PageLayout a = pdf.pageLayouts().get(p);
            PageLayout b = ofd.pageLayouts().get(p);
            assertEquals(a.width(), b.width(), 0.01f);
            assertEquals(a.height(), b.height(), 0.01f);
            assertEquals(rulings(a), rulings(b), "page " + (p + 1) + " rulings");
            List<String> expected = chunks(a);
            assertEquals(expected, chunks(b), "page " + (p + 1) + " runs of text");
            chunks += expected.size();
        }
        assertEquals(722, chunks, "runs of text compared");
    }

    @Test
    void readsTheSameBlocksAsFromThePdf() throws Exception {
        List<Block> pdf = new PdfExtractor().extract(Path.of("corpus", "seed", "seed.pdf")).blocks();
        List<Block> ofd = new OfdExtractor().extract(Path.of("corpus", "seed", "seed.ofd")).blocks();
        assertEquals(80, ofd.size());
        assertEquals(pdf.stream().map(OfdExtractorTest::unspaced).toList(), ofd.stream().map(OfdExtractorTest::unspaced).toList());
        assertEquals(pdf.stream().map(b -> b instanceof Table t ? t.grid().size() + "x" + t.width() : "p").toList(),
                ofd.stream().map(b -> b instanceof Table t ? t.grid().size() + "x" + t.width() : "p").toList());
        assertEquals(pdf.stream().map(Block::location).toList().subList(0, 3), ofd.stream().map(Block::location).toList().subList(0, 3));
    }

    @Test
    void detectsAnOfdByItsRootEntryWhateverItIsCalled() throws Exception {
        Path renamed = Files.copy(Path.of("corpus", "seed", "seed.ofd"), dir.resolve("budget.zip"));
        assertEquals(SourceFormat.OFD, DocumentExtractor.detectFormat(renamed));
        Path misnamed = Files.copy(Path.of("corpus", "seed", "seed.ofd"), dir.resolve("budget.pdf"));
        ExtractedDocument doc = new DocumentExtractor().extract(misnamed);
        assertEquals(SourceFormat.OFD, doc.format());
        assertEquals(List.of("named .pdf but the content is ofd"), doc.warnings());
    }

    @Test
    void expandsTheRepeatFormOfDeltaXUpToTheCharactersItPlaces() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 2.5, 3}, OfdXml.deltas("1 g 3 2.5 3 7", 5));
        assertArrayEquals(new double[] {4, 4}, OfdXml.deltas("g 1000000000 4", 2));
        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN}, OfdXml.deltas("1 x 2", 3));
    }

    private static String unspaced(Block b) {
        return (b instanceof Table ? "table:" : "") + b.text().replaceAll("\\s+", "");
    }

    /**
     * A page's runs of text as "text x0 x1 y size", in points to 0.01, sorted. PDFBox also ends a
     * run where it would put a space between words, which depends on the widths of the PDF's fonts'
     * spaces (OFD has none): runs on one baseline with at most half a character and no ruling
     * between them are joined first, in both readings.
     */
    private static List<String> chunks(PageLayout page) {
        List<TextChunk> all = new ArrayList<>();
        page.lines().forEach(l -> all.addAll(l.chunks()));
        all.sort(Comparator.comparingDouble(TextChunk::y).thenComparingDouble(TextChunk::x0));
        List<TextChunk> joined = new ArrayList<>();
        for (TextChunk c : all) {
            TextChunk last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.y() == c.y() && c.x0() - last.x1() <= 0.5f * c.fontSize() && !ruled(page, last.x1(), c.x0(), c.y() - 0.3f * c.fontSize())) {
                joined.set(joined.size() - 1, new TextChunk(last.text() + c.text(), last.x0(), c.x1(), last.y(),
                        Math.max(last.fontSize(), c.fontSize())));
            } else {
                joined.add(c);
            }
        }
        return joined.stream().map(c -> String.format(java.util.Locale.ROOT, "%s %.2f %.2f %.2f %.2f", c.text(), c.x0(), c.x1(),
                c.y(), c.fontSize())).sorted().toList();
    }

    private static boolean ruled(PageLayout page, float from, float to, float y) {
        return page.rulings().stream().anyMatch(r -> r.vertical() && r.x0() >= from && r.x0() <= to && r.y0() <= y && r.y1() >= y);
    }

    private static List<String> rulings(PageLayout page) {
        return page.rulings().stream().map(r -> String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %.2f", r.x0(), r.y0(),
                r.x1(), r.y1())).sorted().toList();
    }

    private static void assertChunk(TextChunk c, String text, float x0mm, float x1mm, float ymm, float sizeMm) {
        assertEquals(text, c.text());
        assertEquals(x0mm * MM, c.x0(), 1e-3, text + " x0");
        assertEquals(x1mm * MM, c.x1(), 1e-3, text + " x1");
        assertEquals(ymm * MM, c.y(), 1e-3, text + " y");
        assertEquals(sizeMm * MM, c.fontSize(), 1e-3, text + " size");
    }

    private static PageLayout only(ExtractedDocument doc) {
        assertEquals(1, doc.pageLayouts().size());
        return doc.pageLayouts().get(0);
    }

    private ExtractedDocument tiny() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<ofd:OFD " + NS + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                + "<ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        parts.put("Doc_0/Document.xml", "<ofd:Document " + NS + "><ofd:CommonData><ofd:MaxUnitID>20</ofd:MaxUnitID>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                + "<ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData>"
                + "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
        parts.put("Doc_0/Tpls/Tpl_0/Content.xml", "<ofd:Page " + NS + "><ofd:Content><ofd:Layer ID=\"3\">"
                + "<ofd:TextObject ID=\"4\" Boundary=\"100 270 30 6\" Size=\"4\">"
                + "<ofd:TextCode X=\"0\" Y=\"4\" DeltaX=\"4 2\">第1页</ofd:TextCode></ofd:TextObject>"
                + "</ofd:Layer></ofd:Content></ofd:Page>");
        parts.put("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page " + NS + ">"
                + "<ofd:Area><ofd:PhysicalBox>10 20 200 280</ofd:PhysicalBox></ofd:Area>"
                + "<ofd:Template TemplateID=\"2\" ZOrder=\"Background\"/>"
                + "<ofd:Content><ofd:Layer ID=\"5\" Type=\"Body\">"
                + "<ofd:TextObject ID=\"6\" Boundary=\"30 40 35.75 8\" Font=\"1\" Size=\"5\">"
                + "<ofd:TextCode X=\"2\" Y=\"6\" DeltaX=\"5 20 g 2 2.5 1.25\">收入12.5</ofd:TextCode></ofd:TextObject>"
                + "<ofd:PageBlock ID=\"7\"><ofd:PageBlock ID=\"8\">"
                + "<ofd:TextObject ID=\"9\" Boundary=\"100 100 60 30\" CTM=\"2 0 0 2 5 3\" Size=\"2.5\">"
                + "<ofd:TextCode X=\"1\" Y=\"4\" DeltaX=\"g 3 2.5\">合计数字</ofd:TextCode>"
                + "<ofd:TextCode Y=\"12\">小计</ofd:TextCode></ofd:TextObject></ofd:PageBlock></ofd:PageBlock>"
                + "<ofd:TextObject ID=\"10\" Boundary=\"30 60 20 8\" Size=\"5\" Visible=\"false\">"
                + "<ofd:TextCode X=\"0\" Y=\"5\">隐藏</ofd:TextCode></ofd:TextObject>"
                + "<ofd:PathObject ID=\"11\" Boundary=\"20 150 100 30\" LineWidth=\"0.25\">"
                + "<ofd:AbbreviatedData>M 0 0 L 100 0 L 100 30 L 0 30 C</ofd:AbbreviatedData></ofd:PathObject>"
                + "<ofd:PathObject ID=\"12\" Boundary=\"20 200 100 1\" CTM=\"1 0 0 1 0 0.5\" Stroke=\"false\" Fill=\"true\">"
                + "<ofd:AbbreviatedData>M 0 0 L 100 0 L 100 0.5 L 0 0.5 C</ofd:AbbreviatedData></ofd:PathObject>"
                + "<ofd:PathObject ID=\"13\" Boundary=\"20 220 100 50\"><ofd:AbbreviatedData>M 0 0 L 100 50</ofd:AbbreviatedData>"
                + "</ofd:PathObject>"
                + "<ofd:PathObject ID=\"14\" Boundary=\"20 230 100 1\" Visible=\"false\"><ofd:AbbreviatedData>M 0 0 L 100 0"
                + "</ofd:AbbreviatedData></ofd:PathObject>"
                + "<ofd:PathObject ID=\"15\" Boundary=\"20 240 100 20\" Stroke=\"false\" Fill=\"true\">"
                + "<ofd:AbbreviatedData>M 0 0 L 100 0 L 100 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"
                + "<ofd:ImageObject ID=\"16\" Boundary=\"20 240 10 10\" ResourceID=\"99\"/>"
                + "</ofd:Layer></ofd:Content></ofd:Page>");
        Path file = dir.resolve("tiny.ofd");
        write(file, parts);
        return new OfdExtractor().extract(file);
    }

    /** Writes {@code parts} (name to XML) as a zip. */
    static void write(Path file, Map<String, String> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + part.getValue()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
