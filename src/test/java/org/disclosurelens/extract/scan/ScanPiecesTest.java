package org.disclosurelens.extract.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.disclosurelens.model.Ruling;
import org.junit.jupiter.api.Test;

/** The image steps of reading a scan, on pages drawn here with known lines and angles. */
class ScanPiecesTest {

    /** A white page with a 4 x 3 grid of 2-pixel lines in grey {@code ink}, 200 px cells from (300, 400). */
    private static BufferedImage grid(int ink) {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(new Color(ink, ink, ink));
        g.setStroke(new BasicStroke(2f));
        for (int r = 0; r <= 3; r++) {
            g.drawLine(300, 400 + 200 * r, 1100, 400 + 200 * r);
        }
        for (int c = 0; c <= 4; c++) {
            g.drawLine(300 + 200 * c, 400, 300 + 200 * c, 1000);
        }
        g.dispose();
        return page;
    }

    @Test
    void findsTheRulingsOfAGridDrawnInHairlineGrey() {
        List<Ruling> rulings = ImageRulings.find(grid(220));
        assertEquals(4, rulings.stream().filter(Ruling::horizontal).count());
        assertEquals(5, rulings.stream().filter(Ruling::vertical).count());
        Ruling top = rulings.stream().filter(Ruling::horizontal).findFirst().orElseThrow();
        assertEquals(300, top.x0(), 2);
        assertEquals(1100, top.x1(), 2);
        assertEquals(400, top.y0(), 2);
    }

    @Test
    void measuresSkewAndTurnsThePageBack() {
        BufferedImage skewed = PageImages.rotated(grid(40), 1.5);
        // Measured on every fourth pixel in steps of 0.05°: within 0.15° on an 800-pixel grid.
        assertEquals(1.5, PageImages.skew(skewed), 0.15);
        BufferedImage straight = PageImages.rotated(skewed, -PageImages.skew(skewed));
        assertEquals(0, PageImages.skew(straight), 0.15);
        assertEquals(4, ImageRulings.find(straight).stream().filter(Ruling::horizontal).count(),
                "each line found once, not in pieces stepping by a row");
    }

    @Test
    void takesSpecksOutButKeepsLinesOnePixelThin() {
        BufferedImage page = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 50, 50);
        g.setColor(Color.BLACK);
        g.drawLine(5, 40, 45, 40);
        g.dispose();
        page.getRaster().setSample(20, 10, 0, 0);
        BufferedImage clean = PageImages.despeckled(page);
        assertEquals(255, clean.getRaster().getSample(20, 10, 0));
        assertEquals(0, clean.getRaster().getSample(25, 40, 0));
    }

    @Test
    void whitensARedSealButNotThePrintUnderIt() {
        BufferedImage rgb = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, new Color(220, 30, 40).getRGB()); // seal on paper
        rgb.setRGB(1, 0, new Color(40, 5, 8).getRGB()); // black print under the seal's ink
        rgb.setRGB(2, 0, new Color(30, 30, 30).getRGB()); // print
        rgb.setRGB(3, 0, new Color(190, 26, 35).getRGB()); // a grey hairline (220) under the seal
        BufferedImage grey = PageImages.withoutSeals(rgb);
        assertEquals(255, grey.getRaster().getSample(0, 0, 0));
        assertTrue(grey.getRaster().getSample(1, 0, 0) < PageImages.INK);
        assertTrue(grey.getRaster().getSample(2, 0, 0) < PageImages.INK);
        assertEquals(190, grey.getRaster().getSample(3, 0, 0));
        assertTrue(grey.getRaster().getSample(3, 0, 0) < ImageRulings.RULE_INK, "still a ruling");
    }

    @Test
    void cleansOcrNoiseAroundNumbersOnly() {
        assertEquals("87267272.44", OcrLines.cleaned(".87267272.44"));
        assertEquals("0.00", OcrLines.cleaned(":0.00"));
        assertEquals("2087959.00", OcrLines.cleaned("2087959:00"));
        assertEquals("6860000.00", OcrLines.cleaned("68600 00.00"));
        assertEquals("113.63", OcrLines.cleaned("113. 63"));
        assertEquals("120.00", OcrLines.cleaned("120.00|"));
        assertEquals("422,900", OcrLines.cleaned("422, 900"));
        assertEquals("0", OcrLines.cleaned("o"));
        assertEquals("0", OcrLines.cleaned("〇"));
        assertEquals("one", OcrLines.cleaned("one"));
        assertEquals("单位：元", OcrLines.cleaned("单位：元"));
        assertEquals("一般公共服务支出", OcrLines.cleaned("'-般公共服务支出"));
        assertEquals("第一部分", OcrLines.cleaned("第-部分"));
        assertEquals("——说明", OcrLines.cleaned("——说明"));
        assertEquals("2021-2023年", OcrLines.cleaned("2021-2023年"));
        assertEquals("（一）部门职责。", OcrLines.cleaned("（一）部门职责。"));
    }

    @Test
    void cutsARunWhereAColumnRulingCrossesIt() {
        // "合计1234.00" boxed as one run across the ruling at x = 185: 5.5 character widths of 40 px from 100,
        // 合计 ends at 180 and 1 starts there.
        OcrText run = new OcrText("合计1234.00", 100, 50, 320, 90, new float[] {1, 1, 0.9f, 0.8f, 1, 1, 1, 1, 1});
        List<OcrText> pieces = OcrLines.cut(run, List.of(new Ruling(185, 0, 185, 200)));
        assertEquals(List.of("合计", "1234.00"), pieces.stream().map(OcrText::text).toList());
        assertEquals(185, pieces.get(1).x0());
        assertEquals(0.8f, pieces.get(1).confidence());
    }

    /** A white page with horizontal bars of 40 x 4 pixels at the given left edges, on the line y = 120. */
    private static BufferedImage bars(int... lefts) {
        BufferedImage page = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        for (int left : lefts) {
            g.fillRect(left, 120, 40, 4);
        }
        g.dispose();
        return page;
    }

    @Test
    void putsBackThe一TheDetectorLeftOutsideARun() {
        // A run "级指标" boxed from x = 150 (55 px high: 44 px glyphs); the 一 stands at 100-140 on its line.
        OcrText run = new OcrText("级指标", 150, 95, 300, 150, new float[] {1, 1, 1});
        assertEquals("一级指标", LostOne.restore(bars(100), List.of(run)).get(0).text());
        assertEquals(0.5f, LostOne.restore(bars(100), List.of(run)).get(0).confidence());
        assertEquals("级指标", LostOne.restore(bars(), List.of(run)).get(0).text(), "nothing beside it");
        OcrText upper = new OcrText("级指标", 150, 70, 300, 125, new float[] {1, 1, 1});
        assertEquals("级指标", LostOne.restore(bars(100, 40), List.of(upper)).get(0).text(), "a bar far below the middle");
        OcrText digits = new OcrText("2021年", 150, 95, 300, 150, new float[] {1, 1, 1, 1, 1});
        assertEquals("2021年", LostOne.restore(bars(100), List.of(digits)).get(0).text(), "only before a Chinese character");
    }

    @Test
    void tellsAQuarterTurnedPageByItsStandingRuns() {
        OcrText across = new OcrText("部门预算", 0, 0, 200, 50, new float[] {1, 1, 1, 1});
        OcrText standing = new OcrText("部门预算", 0, 0, 50, 200, new float[] {1, 1, 1, 1});
        assertEquals(1, ScanReader.upright(List.of(across, across, standing)));
        assertEquals(-1, ScanReader.upright(List.of(standing, standing, across)));
    }
}
