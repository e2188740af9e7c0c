package org.onemap.thematic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.TestLayers;
import org.onemap.thematic.palette.Palette;

class DotDensityAndChartsTest {
    private static final Viewport VP = Viewport.fit(new Envelope(112.0, 112.6, 27.6, 28.0), 480, 320);

    /** Two villages: a square and an L-shaped one (its envelope's corner is outside it). */
    private static FeatureSource villages() {
        Geometry square = TestLayers.box(112.05, 27.7, 112.2, 27.85);
        Geometry ell = TestLayers.box(112.3, 27.7, 112.5, 27.9).difference(TestLayers.box(112.4, 27.8, 112.5, 27.9));
        return TestLayers.layer("village", GeometryKind.POLYGON,
                List.of(FieldDef.of("rice", FieldType.DOUBLE), FieldDef.of("lotus", FieldType.DOUBLE)),
                List.of(TestLayers.feature(square, Map.of("rice", 300.0, "lotus", 100.0)),
                        TestLayers.feature(ell, Map.of("rice", 1000.0, "lotus", 0.0))));
    }

    @Test
    void dotDensityPutsOneDotPerUnitInsideEachPolygonAndKeepsThemStill() {
        FeatureSource src = villages();
        DotDensity dots = new DotDensity(src, "rice", 10, new Color(0x009E73), 1.2);
        List<Feature> fs = src.list(Query.ALL);
        for (Feature f : fs) {
            List<Coordinate> d = dots.dots(f);
            assertEquals(Math.round(((Number) f.get("rice")).doubleValue() / 10), d.size(), "dots of " + f);
            for (Coordinate c : d) assertTrue(f.geometry().contains(TestLayers.GF.createPoint(c)), c + " outside " + f.id());
            assertEquals(d, dots.dots(f), "the same feature gets the same dots every time");
        }
        BufferedImage img = new BufferedImage(VP.imageWidth(), VP.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        assertEquals(130, dots.draw(g, VP));
        g.dispose();
        int painted = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) >>> 24 == 0) continue;
                painted++;
                double lon = VP.toLonLat(x, y).x, lat = VP.toLonLat(x, y).y;
                assertTrue(!(lon > 112.41 && lat > 27.81), "dot painted in the L's missing corner at " + lon + "," + lat);
            }
        }
        assertTrue(painted > 130, "dots are visible: " + painted + " pixels");
    }

    @Test
    void pieSlicesRunClockwiseFromTwelveInFieldOrder() {
        FeatureSource src = villages();
        ChartsOnMap pies = new ChartsOnMap(src, List.of("rice", "lotus"), Palette.OKABE_ITO, ChartsOnMap.Kind.PIE, 60);
        BufferedImage img = new BufferedImage(VP.imageWidth(), VP.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        assertEquals(2, pies.draw(g, VP));
        g.dispose();
        // square village: rice 75 % from 12 to 9 o'clock, lotus the last quarter (9 to 12)
        Feature square = src.list(Query.ALL).get(0);
        var p = square.geometry().getInteriorPoint();
        double cx = VP.toPixelX(p.getX()), cy = VP.toPixelY(p.getY());
        int right = img.getRGB((int) (cx + 15), (int) cy) & 0xFFFFFF;
        int upperLeft = img.getRGB((int) (cx - 12), (int) (cy - 12)) & 0xFFFFFF;
        assertEquals(Integer.toHexString(pies.colorOf(0).getRGB() & 0xFFFFFF), Integer.toHexString(right), "3 o'clock is rice");
        assertEquals(Integer.toHexString(pies.colorOf(1).getRGB() & 0xFFFFFF), Integer.toHexString(upperLeft), "10:30 is lotus");
    }

    @Test
    void barHeightsCompareAcrossRegions() {
        FeatureSource src = villages();
        ChartsOnMap bars = new ChartsOnMap(src, List.of("rice", "lotus"), Palette.OKABE_ITO, ChartsOnMap.Kind.BAR, 50);
        BufferedImage img = new BufferedImage(VP.imageWidth(), VP.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        bars.draw(g, VP);
        g.dispose();
        List<Feature> fs = src.list(Query.ALL);
        int riceSmall = barHeight(img, fs.get(0)), riceBig = barHeight(img, fs.get(1));
        assertEquals(50, riceBig, 2, "the largest value gets the full height");
        assertEquals(15, riceSmall, 2, "300 of 1000 is 30 % of it");
    }

    /** Height in pixels of the first (rice) bar above the feature's anchor. */
    private static int barHeight(BufferedImage img, Feature f) {
        var p = f.geometry().getInteriorPoint();
        int x = (int) (VP.toPixelX(p.getX()) - 12.5 + 6); // inside the first of two 12.5 px bars
        int y0 = (int) Math.floor(VP.toPixelY(p.getY())) - 1;
        int h = 0;
        while (y0 - h >= 0 && img.getRGB(x, y0 - h) >>> 24 > 128) h++;
        return h + 1;
    }
}
