package org.onemap.thematic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.TestLayers;

/** Proportional symbols, heat map and flow map, checked on the pixels they paint. */
class OverlayTest {
    private static final Viewport VP = Viewport.fit(new Envelope(112.0, 113.0, 27.5, 28.2), 400, 300);

    private static FeatureSource points(double[][] lonLatValue) {
        return TestLayers.layer("sensor", GeometryKind.POINT, List.of(FieldDef.of("reading", FieldType.DOUBLE)),
                java.util.Arrays.stream(lonLatValue)
                        .map(p -> TestLayers.feature(TestLayers.point(p[0], p[1]), Map.of("reading", p[2]))).toList());
    }

    private static BufferedImage paint(MapOverlay overlay, int[] drawn) {
        BufferedImage img = new BufferedImage(VP.imageWidth(), VP.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        drawn[0] = overlay.draw(g, VP);
        g.dispose();
        return img;
    }

    private static int alphaAt(BufferedImage img, double px, double py) {
        return img.getRGB((int) Math.round(px), (int) Math.round(py)) >>> 24;
    }

    @Test
    void proportionalSymbolAreaFollowsTheValue() {
        FeatureSource src = points(new double[][] {{112.3, 27.8, 100}, {112.7, 27.8, 25}, {112.5, 28.0, 0}});
        ProportionalSymbols symbols = ProportionalSymbols.of(src, "reading", 30, new Color(0x0072B2));
        assertEquals(30, symbols.radiusOf(100), 1e-9);
        assertEquals(15, symbols.radiusOf(25), 1e-9, "a quarter of the value is a quarter of the area: half the radius");
        assertEquals(0, symbols.radiusOf(0));
        int[] drawn = new int[1];
        BufferedImage img = paint(symbols, drawn);
        assertEquals(2, drawn[0], "the zero reading gets no symbol");
        double bigX = VP.toPixelX(112.3), smallX = VP.toPixelX(112.7), y = VP.toPixelY(27.8);
        assertTrue(alphaAt(img, bigX + 24, y) > 0, "24 px inside the big circle (r=30) is painted");
        assertEquals(0, alphaAt(img, smallX + 24, y), "24 px from the small circle (r=15) is not");
        assertTrue(alphaAt(img, smallX + 10, y) > 0);
    }

    @Test
    void heatMapKernelPeaksAtThePointAndReachesExactlyTheRadius() {
        float[] d10 = HeatMap.density(new double[] {50}, new double[] {50}, null, 100, 100, 10);
        float[] d20 = HeatMap.density(new double[] {50}, new double[] {50}, null, 100, 100, 20);
        assertEquals(1.0, d10[50 * 100 + 50], 0.02, "quartic kernel is ~1 at the point");
        assertEquals(0, d10[50 * 100 + 65], "15 px away is outside a 10 px radius");
        assertTrue(d20[50 * 100 + 65] > 0, "but inside a 20 px radius");
        float[] two = HeatMap.density(new double[] {50, 50}, new double[] {50, 50}, new double[] {1, 2}, 100, 100, 10);
        assertEquals(3 * d10[50 * 100 + 52], two[50 * 100 + 52], 1e-5, "weights add up");
    }

    @Test
    void heatMapPaintsHotWhereThePointsClusterAndLeavesTheRestClear() {
        double[][] pts = new double[30][];
        for (int i = 0; i < 29; i++) pts[i] = new double[] {112.3 + (i % 5) * 0.004, 27.8 + (i / 5) * 0.004, 1};
        pts[29] = new double[] {112.8, 28.1, 1};
        HeatMap heat = new HeatMap(points(pts), null, 15);
        int[] drawn = new int[1];
        BufferedImage img = paint(heat, drawn);
        assertEquals(30, drawn[0]);
        int hot = img.getRGB((int) VP.toPixelX(112.308), (int) VP.toPixelY(27.81));
        assertTrue(hot >>> 24 > 180, "cluster centre is nearly opaque: " + Integer.toHexString(hot));
        assertTrue(((hot >> 16) & 0xFF) > ((hot >> 8) & 0xFF) + 80, "and red rather than yellow: " + Integer.toHexString(hot));
        assertEquals(0, alphaAt(img, VP.toPixelX(112.6), VP.toPixelY(27.6)), "far from every point stays clear");
        BufferedImage wider = paint(heat.withRadius(40), drawn);
        double px = VP.toPixelX(112.308) + 30, py = VP.toPixelY(27.81);
        assertEquals(0, alphaAt(img, px, py), "30 px away is beyond r=15");
        assertTrue(alphaAt(wider, px, py) > 0, "and within r=40");
    }

    @Test
    void flowCurvesRightOfTravelWithWidthByVolumeAndAnArrowhead() {
        Flow big = new Flow(112.1, 27.7, 112.9, 27.7, 100);   // west → east
        Flow small = new Flow(112.1, 28.1, 112.9, 28.1, 10);
        FlowMap map = new FlowMap(List.of(big, small), new Color(0xD55E00), 1, 12, 0.25);
        assertEquals(12, map.widthOf(100), 1e-9);
        assertEquals(2.1, map.widthOf(10), 1e-9);
        int[] drawn = new int[1];
        BufferedImage img = paint(map, drawn);
        assertEquals(2, drawn[0]);

        Point2D a = VP.toPixel(112.1, 27.7), b = VP.toPixel(112.9, 27.7);
        QuadCurve2D c = FlowMap.curve(a, b, 0.25);
        assertTrue(c.getCtrlY() > a.getY(), "travelling east, the bow is to the right: south, down the screen");
        double midX = 0.25 * a.getX() + 0.5 * c.getCtrlX() + 0.25 * b.getX();
        double midY = 0.25 * a.getY() + 0.5 * c.getCtrlY() + 0.25 * b.getY();
        assertTrue(alphaAt(img, midX, midY) > 200, "curve midpoint painted");
        assertEquals(0, alphaAt(img, (a.getX() + b.getX()) / 2, a.getY()), "the straight chord is not");
        assertTrue(alphaAt(img, midX, midY + 5) > 0, "the big flow is ~12 px wide");

        Point2D sa = VP.toPixel(112.1, 28.1), sb = VP.toPixel(112.9, 28.1);
        QuadCurve2D sc = FlowMap.curve(sa, sb, 0.25);
        double smidX = 0.25 * sa.getX() + 0.5 * sc.getCtrlX() + 0.25 * sb.getX();
        double smidY = 0.25 * sa.getY() + 0.5 * sc.getCtrlY() + 0.25 * sb.getY();
        assertTrue(alphaAt(img, smidX, smidY) > 0, "small flow midpoint painted");
        assertEquals(0, alphaAt(img, smidX, smidY + 5), "the small flow is ~2 px wide");

        // arrowhead: wider than the shaft just before the destination
        double tx = b.getX() - c.getCtrlX(), ty = b.getY() - c.getCtrlY(), len = Math.hypot(tx, ty);
        double hx = b.getX() - tx / len * 30, hy = b.getY() - ty / len * 30;
        double nx = -ty / len, ny = tx / len;
        assertTrue(alphaAt(img, hx + nx * 12, hy + ny * 12) > 0, "arrowhead reaches 12 px beside the axis near the tip");
    }
}
