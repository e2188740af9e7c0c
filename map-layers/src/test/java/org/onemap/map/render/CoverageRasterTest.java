package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The coverage filler must draw the picture Java2D's antialiased fill and 0.5 px stroke draw (what it
 * replaces for 24–48 px polygons with outlines up to 2 px, mitre joins included): same ink, edge pixels
 * within a few levels.
 */
class CoverageRasterTest {
    private static final int SIZE = 64;
    private static final Color FILL = new Color(120, 180, 90);
    private static final Color LINE = new Color(60, 60, 60);

    @Test
    void fillAndOutlineMatchJava2dForSlantedConcavePolygons() {
        Random random = new Random(11);
        for (int n = 0; n < 50; n++) {
            double[] xy = starPolygon(random, 32, 32, 10 + random.nextDouble() * 14, 3 + random.nextInt(9));
            for (double width : new double[] {0, 0.5, 1, 2}) {
                BufferedImage java2d = java2d(xy, width);
                BufferedImage ours = coverage(xy, width, 0, SIZE);
                int[] d = differences(java2d, ours);
                assertTrue(d[0] <= 24, "largest channel difference " + d[0] + " for polygon " + n + ", outline " + width);
                assertEquals(0, d[1], "pixels differing by more than 16 levels, polygon " + n + ", outline " + width);
                assertEquals(ink(java2d), ink(ours), ink(java2d) * 0.005 + 1, "ink of polygon " + n + ", outline " + width);
            }
        }
    }

    @Test
    void bandsDrawTheirRowsOnlyAndTogetherTheWholePolygon() {
        double[] xy = starPolygon(new Random(3), 32, 32, 20, 7);
        BufferedImage whole = coverage(xy, 0.5, 0, SIZE);
        BufferedImage banded = white();
        int[] px = ((DataBufferInt) banded.getRaster().getDataBuffer()).getData();
        for (int[] band : new int[][] {{0, 20}, {20, 33}, {33, SIZE}}) draw(new CoverageRaster(px, SIZE, band[0], band[1]), xy, 0.5);
        assertEquals(0, differences(whole, banded)[0], "a polygon drawn band by band must equal one drawn whole");
    }

    @Test
    void aVertexSharperThanTheMitreLimitIsLeftToJava2d() {
        double[] spike = {10, 30, 60, 32, 10, 33};   // ~6 degrees at (60, 32): Java2D bevels it
        BufferedImage img = white();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        CoverageRaster r = new CoverageRaster(px, SIZE, 0, SIZE);
        r.reset(1);
        for (int i = 0; i < 3; i++) r.edge(spike[2 * i], spike[2 * i + 1], spike[(2 * i + 2) % 6], spike[(2 * i + 3) % 6]);
        assertFalse(r.paint(CachedLayerPainter.premultiplied(FILL), CachedLayerPainter.premultiplied(LINE)));
        assertEquals(0.0, ink(img), "nothing drawn when the ring is refused");
        assertTrue(r.paint(CachedLayerPainter.premultiplied(FILL), 0), "without an outline there are no joins to refuse");
    }

    @Test
    void polygonsPartlyOutsideTheImageAreClipped() {
        double[] xy = {-10, -10, 40, -5, 30, 50, -20, 70};
        BufferedImage java2d = java2d(xy, 0.5);
        BufferedImage ours = coverage(xy, 0.5, 0, SIZE);
        assertTrue(differences(java2d, ours)[0] <= 24, "clipped polygon differs from Java2D's");
    }

    /** A star-shaped (generally concave) polygon with {@code n} vertices at random radii and angles. */
    private static double[] starPolygon(Random random, double cx, double cy, double r, int n) {
        double[] xy = new double[2 * n];
        double start = random.nextDouble() * Math.PI;
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * (i + random.nextDouble() * 0.8) / n;
            double rr = r * (0.5 + 0.5 * random.nextDouble());
            xy[2 * i] = cx + rr * Math.cos(a);
            xy[2 * i + 1] = cy + rr * Math.sin(a);
        }
        return xy;
    }

    private static BufferedImage java2d(double[] xy, double width) {
        BufferedImage img = white();
        Graphics2D g = img.createGraphics();
        MapRenderer.hints(g);
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        p.closePath();
        g.setColor(FILL);
        g.fill(p);
        if (width > 0) {
            g.setStroke(new BasicStroke((float) width));
            g.setColor(LINE);
            g.draw(p);
        }
        g.dispose();
        return img;
    }

    private static BufferedImage coverage(double[] xy, double width, int rowFrom, int rowTo) {
        BufferedImage img = white();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        draw(new CoverageRaster(px, SIZE, rowFrom, rowTo), xy, width);
        return img;
    }

    private static void draw(CoverageRaster r, double[] xy, double width) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            x0 = Math.min(x0, xy[i]);
            x1 = Math.max(x1, xy[i]);
            y0 = Math.min(y0, xy[i + 1]);
            y1 = Math.max(y1, xy[i + 1]);
        }
        r.reset(width);
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            r.edge(xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]);
        }
        assertTrue(r.paint(CachedLayerPainter.premultiplied(FILL), width > 0 ? CachedLayerPainter.premultiplied(LINE) : 0), "drawn");
    }

    private static BufferedImage white() {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.dispose();
        return img;
    }

    /** Largest channel difference, and the number of pixels differing by more than 16 levels. */
    private static int[] differences(BufferedImage a, BufferedImage b) {
        int worst = 0, many = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y), d = 0;
                for (int s = 0; s < 32; s += 8) d = Math.max(d, Math.abs((p >>> s & 255) - (q >>> s & 255)));
                worst = Math.max(worst, d);
                if (d > 16) many++;
            }
        }
        return new int[] {worst, many};
    }

    /** Total darkening of the red channel against white: the area painted, weighted by strength. */
    private static double ink(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < SIZE; y++) for (int x = 0; x < SIZE; x++) sum += 255 - (img.getRGB(x, y) >> 16 & 255);
        return sum / 255;
    }
}
