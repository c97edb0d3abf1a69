package org.disclosurelens.extract.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * What a scanned page image needs before it is read: seals taken out, the grey levels, whether
 * anything is printed on it, its skew measured and undone, a quarter turn.
 */
final class PageImages {

    /** A pixel darker than this (0-255) is ink. */
    static final int INK = 150;
    /** Under a seal, a red channel brighter than this is paper (seal ink over white paper: 220-235). */
    static final int SEAL_PAPER = 200;

    private PageImages() {
    }

    /**
     * The page in grey with red and pink ink taken out: a seal stamped over a table (red, often
     * half-transparent) hides digits from OCR and draws rings that look like rulings. Where a pixel
     * is red, its red channel is kept, which is what lies under the ink: white paper, a grey
     * hairline (a table border: whitening every red pixel erased the rulings under the seal of the
     * seed's scan, page 7, and merged three header cells), black print.
     */
    static BufferedImage withoutSeals(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            rgb.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int luma = (299 * r + 587 * g + 114 * b) / 1000;
                boolean red = r > 120 && r - Math.max(g, b) > 50;
                // Red ink lets red light through: under a seal the red channel is the print's own
                // brightness. Paper under the seal (above SEAL_PAPER) is white; a hairline ruling
                // under it stays a light grey line, a character black.
                out[y * width + x] = (byte) (red ? (r > SEAL_PAPER ? 255 : r) : luma);
            }
        }
        return grey;
    }

    /**
     * The page with specks of ink taken out: an ink pixel with at most one ink neighbour of its
     * eight. OCR reads specks beside a number as a point or a colon (.87267272.44). A ruling one
     * pixel thin has two neighbours along it and stays.
     */
    static BufferedImage despeckled(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] in = pixels(grey);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] to = pixels(out);
        System.arraycopy(in, 0, to, 0, in.length);
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int at = y * width + x;
                if ((in[at] & 0xFF) >= INK) {
                    continue;
                }
                int neighbours = 0;
                for (int dy = -1; dy <= 1 && neighbours < 2; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && (in[at + dy * width + dx] & 0xFF) < INK) {
                            neighbours++;
                        }
                    }
                }
                if (neighbours < 2) {
                    to[at] = (byte) 255;
                }
            }
        }
        return out;
    }

    /** The share of the page's pixels that are ink. */
    static double inkShare(BufferedImage grey) {
        byte[] px = pixels(grey);
        long ink = 0;
        for (byte b : px) {
            if ((b & 0xFF) < INK) {
                ink++;
            }
        }
        return px.length == 0 ? 0 : (double) ink / px.length;
    }

    static byte[] pixels(BufferedImage grey) {
        return ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /**
     * The angle in degrees by which the page's lines of print are turned clockwise, from -3 to 3:
     * the angle at which the ink, projected on the page's side, piles up into the sharpest rows
     * (the largest sum of squared row counts). Measured on every fourth pixel.
     */
    static double skew(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] px = pixels(grey);
        int step = 4;
        int count = 0;
        int[] xs = new int[(width / step + 1) * (height / step + 1)];
        int[] ys = new int[xs.length];
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                if ((px[y * width + x] & 0xFF) < INK) {
                    xs[count] = x / step;
                    ys[count] = y / step;
                    count++;
                }
            }
        }
        int rows = height / step + width / step + 2;
        int offset = width / step;
        double best = 0;
        double bestScore = -1;
        int[] bins = new int[rows + offset];
        for (int tenth = -60; tenth <= 60; tenth++) {
            double degrees = tenth / 20.0;
            double tan = Math.tan(Math.toRadians(degrees));
            java.util.Arrays.fill(bins, 0);
            for (int i = 0; i < count; i++) {
                int r = (int) Math.round(ys[i] - xs[i] * tan) + offset;
                if (r >= 0 && r < bins.length) {
                    bins[r]++;
                }
            }
            double score = 0;
            for (int b : bins) {
                score += (double) b * b;
            }
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && Math.abs(degrees) < Math.abs(best))) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }

    /** The image turned by {@code degrees} (clockwise positive) about its centre, white where nothing was. */
    static BufferedImage rotated(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), grey.getWidth() / 2.0,
                    grey.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image turned a quarter clockwise ({@code quarters} = 1) or anticlockwise (3). */
    static BufferedImage quarterTurned(BufferedImage grey, int quarters) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        byte[] in = pixels(grey);
        byte[] to = pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx = quarters == 1 ? h - 1 - y : y;
                int ny = quarters == 1 ? x : w - 1 - x;
                to[ny * h + nx] = in[y * w + x];
            }
        }
        return out;
    }
}
