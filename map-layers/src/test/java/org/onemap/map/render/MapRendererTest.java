package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.map.style.DefaultStyles;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LabelStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.PointSymbol;
import org.onemap.map.style.StrokeStyle;
import org.onemap.map.style.SymbolShape;

class MapRendererTest {
    private static final Envelope AREA = new Envelope(112.0, 112.1, 27.0, 27.1);
    private static final Color BLUE = new Color(0, 0, 255);
    private static final Color RED = new Color(255, 0, 0);
    private static final Color GREEN = new Color(0, 160, 0);
    private static final RenderOptions WHITE = RenderOptions.standard().withBackground(Color.WHITE);

    private final MapRenderer renderer = new MapRenderer();
    private final Viewport vp = Viewport.fit(AREA, 400, 400);

    /** A polygon with a hole, a line and a point, each in its own plainly styled layer. */
    private List<RenderLayer> threeLayers() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore poly = TestMaps.layer(ds, "poly", GeometryKind.POLYGON, "name");
        TestMaps.add(poly, "POLYGON((112.01 27.01, 112.05 27.01, 112.05 27.05, 112.01 27.05, 112.01 27.01),"
                + "(112.025 27.025, 112.035 27.025, 112.035 27.035, 112.025 27.035, 112.025 27.025))");
        FeatureStore line = TestMaps.layer(ds, "line", GeometryKind.LINESTRING, "name");
        TestMaps.add(line, "LINESTRING(112.06 27.02, 112.09 27.02)");
        FeatureStore point = TestMaps.layer(ds, "point", GeometryKind.POINT, "name");
        TestMaps.add(point, "POINT(112.08 27.08)");
        return List.of(
                new RenderLayer(ds.layer("poly"), LayerStyle.polygon(FillStyle.solid(BLUE), null), true, 1),
                new RenderLayer(ds.layer("line"), LayerStyle.line(StrokeStyle.solid(RED, 4)), true, 1),
                new RenderLayer(ds.layer("point"), LayerStyle.point(new PointSymbol(SymbolShape.SQUARE, 10, GREEN, null, 0)), true, 1));
    }

    private int rgb(BufferedImage img, double lon, double lat) {
        Point2D.Double p = vp.withPixelRatio(img.getWidth() / (double) vp.width()).toPixel(lon, lat);
        double r = img.getWidth() / (double) vp.width();
        return img.getRGB((int) (p.x * r), (int) (p.y * r)) & 0xFFFFFF;
    }

    private static String hex(int rgb) { return String.format("#%06X", rgb); }

    @Test
    void drawsPolygonLineAndPointInTheirColoursAtTheirPlaces() {
        BufferedImage img = renderer.render(threeLayers(), vp, WHITE).image();
        assertEquals(400, img.getWidth());
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.getType());
        assertEquals(BLUE.getRGB() & 0xFFFFFF, rgb(img, 112.015, 27.015), "inside the polygon, got " + hex(rgb(img, 112.015, 27.015)));
        assertEquals(0xFFFFFF, rgb(img, 112.03, 27.03), "the polygon's hole must show the background");
        assertEquals(RED.getRGB() & 0xFFFFFF, rgb(img, 112.075, 27.02), "on the line");
        assertEquals(GREEN.getRGB() & 0xFFFFFF, rgb(img, 112.08, 27.08), "at the point symbol");
        assertEquals(0xFFFFFF, rgb(img, 112.09, 27.05), "empty map area must be background");
    }

    @Test
    void invisibleLayerIsNotDrawn() {
        List<RenderLayer> layers = new ArrayList<>(threeLayers());
        layers.set(0, layers.get(0).withVisible(false));
        RenderResult r = renderer.render(layers, vp, WHITE);
        assertEquals(0xFFFFFF, rgb(r.image(), 112.015, 27.015), "hidden polygon layer was drawn");
        assertEquals(0, r.featuresOfLayer(0));
        assertEquals(1, r.featuresOfLayer(1));
    }

    @Test
    void layerOutOfItsScaleRangeIsNotDrawn() {
        List<RenderLayer> layers = new ArrayList<>(threeLayers());
        layers.set(0, layers.get(0).withStyle(layers.get(0).style().withScaleRange(0, vp.scaleDenominator() / 2)));
        assertEquals(0xFFFFFF, rgb(renderer.render(layers, vp, WHITE).image(), 112.015, 27.015),
                "polygon limited to scales above 1:" + (int) (vp.scaleDenominator() / 2) + " drawn at 1:" + (int) vp.scaleDenominator());
    }

    @Test
    void layerOpacityBlendsWithTheBackground() {
        List<RenderLayer> layers = new ArrayList<>(threeLayers());
        layers.set(0, layers.get(0).withOpacity(0.5));
        int c = rgb(renderer.render(layers, vp, WHITE).image(), 112.015, 27.015);
        int r = c >> 16 & 0xFF, g = c >> 8 & 0xFF, b = c & 0xFF;
        assertEquals(255, b, "blue channel at 50 % blue over white, got " + hex(c));
        assertEquals(128, r, 2, "red channel at 50 % blue over white, got " + hex(c));
        assertEquals(128, g, 2, "green channel at 50 % blue over white, got " + hex(c));
    }

    @Test
    void parcelsAreFilledByCrop() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore parcels = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        TestMaps.add(parcels, "POLYGON((112.01 27.01, 112.04 27.01, 112.04 27.04, 112.01 27.04, 112.01 27.01))", "crop", "水稻");
        TestMaps.add(parcels, "POLYGON((112.05 27.01, 112.08 27.01, 112.08 27.04, 112.05 27.04, 112.05 27.01))", "crop", "柑橘");
        TestMaps.add(parcels, "POLYGON((112.05 27.05, 112.08 27.05, 112.08 27.08, 112.05 27.08, 112.05 27.05))", "crop", "玉米");
        BufferedImage img = renderer.render(RenderLayers.of(ds), vp, WHITE).image();
        assertEquals(DefaultStyles.CROP_COLORS.get("水稻").getRGB() & 0xFFFFFF, rgb(img, 112.025, 27.025), "rice parcel colour");
        assertEquals(DefaultStyles.CROP_COLORS.get("柑橘").getRGB() & 0xFFFFFF, rgb(img, 112.065, 27.025), "citrus parcel colour");
        assertEquals(DefaultStyles.OTHER_CROP.getRGB() & 0xFFFFFF, rgb(img, 112.065, 27.065), "unlisted crop must be grey");
    }

    @Test
    void featuresSmallerThanAPixelAreDrawnAsOnePixel() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore parcels = TestMaps.layer(ds, "tiny", GeometryKind.POLYGON, "name");
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double x = 112.01 + i * 0.0008, y = 27.05;
            fs.add(Feature.create(TestMaps.geometry(String.format(java.util.Locale.ROOT,
                    "POLYGON((%f %f, %f %f, %f %f, %f %f))", x, y, x + 0.00002, y, x, y + 0.00002, x, y)), Map.of()));
        }
        TestMaps.addAll(parcels, fs);
        RenderResult r = renderer.render(List.of(new RenderLayer(ds.layer("tiny"),
                LayerStyle.polygon(FillStyle.solid(BLUE), null), true, 1)), vp, WHITE);
        assertEquals(100, r.featuresDrawn());
        assertEquals(100, r.featuresAsPixel(), "2-metre parcels at " + vp + " are below a pixel");
        int blue = 0;
        for (int x = 0; x < 400; x++) for (int y = 0; y < 400; y++) if ((r.image().getRGB(x, y) & 0xFFFFFF) == 0x0000FF) blue++;
        assertTrue(blue >= 90 && blue <= 100, "expected about one blue pixel per tiny parcel, found " + blue);
    }

    @Test
    void labelsNeverOverlap() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore towns = TestMaps.layer(ds, "township", GeometryKind.POINT, "name");
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double x = 112.03 + (i % 12) * 0.003, y = 27.03 + (i / 12) * 0.003;   // crowded: ~12 px apart
            fs.add(Feature.create(TestMaps.geometry("POINT(" + x + " " + y + ")"), Map.of("name", "镇" + i)));
        }
        TestMaps.addAll(towns, fs);
        RenderResult r = renderer.render(RenderLayers.of(ds), vp, WHITE);
        List<PlacedLabel> labels = r.labels();
        assertFalse(labels.isEmpty(), "some township labels must be placed");
        assertTrue(labels.size() < 120, "120 labels cannot all fit 12 px apart; placed " + labels.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D a = labels.get(i).box(), b = labels.get(j).box();
                assertFalse(a.intersects(b), "labels overlap: " + labels.get(i) + " and " + labels.get(j));
            }
            assertTrue(new Rectangle2D.Double(0, 0, 400, 400).contains(labels.get(i).box()), "label outside image: " + labels.get(i));
        }
    }

    @Test
    void chineseLabelGlyphsAreDrawn() {
        assertTrue(MapFonts.canDisplay("湘潭县"), "map font " + MapFonts.family() + " cannot draw Chinese: install fonts-wqy-microhei");
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore towns = TestMaps.layer(ds, "town", GeometryKind.POINT, "name");
        TestMaps.add(towns, "POINT(112.05 27.05)", "name", "湘潭县");
        LayerStyle style = LayerStyle.point(PointSymbol.of(SymbolShape.CIRCLE, 6, Color.BLACK))
                .withLabel(new LabelStyle("name", 16, false, Color.BLACK, null, 0, 0, 0));
        RenderResult r = renderer.render(List.of(new RenderLayer(ds.layer("town"), style, true, 1)), vp, WHITE);
        assertEquals(1, r.labels().size(), "the only label must be placed");
        Rectangle2D box = r.labels().get(0).box();
        int ink = 0;
        for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
            for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
                if ((r.image().getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) ink++;
            }
        }
        double area = box.getWidth() * box.getHeight();
        assertTrue(ink > area * 0.1, "label box " + box + " has only " + ink + " inked pixels: glyphs missing (tofu or blank)?");
        assertTrue(box.getWidth() > 3 * 16 * 0.8, "three CJK glyphs at 16 px should be ~48 px wide, box is " + box.getWidth());
    }

    @Test
    void villageLabelsAppearOnlyWhenZoomedIn() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore v = TestMaps.layer(ds, "village", GeometryKind.POINT, "name");
        TestMaps.add(v, "POINT(112.05 27.05)", "name", "梅林村");
        List<RenderLayer> layers = RenderLayers.of(ds);
        Viewport near = Viewport.fit(new Envelope(112.04, 112.06, 27.04, 27.06), 400, 400);
        Viewport far = Viewport.fit(new Envelope(111.5, 112.6, 26.5, 27.6), 400, 400);
        assertEquals(1, renderer.render(layers, near).labels().size(), "village label at 1:" + (int) near.scaleDenominator());
        assertEquals(0, renderer.render(layers, far).labels().size(), "village label at 1:" + (int) far.scaleDenominator());
    }

    @Test
    void highPixelRatioDoublesTheImageAndKeepsPositions() {
        BufferedImage img = renderer.render(threeLayers(), vp.withPixelRatio(2), WHITE).image();
        assertEquals(800, img.getWidth());
        assertEquals(BLUE.getRGB() & 0xFFFFFF, rgb(img, 112.015, 27.015));
        assertEquals(GREEN.getRGB() & 0xFFFFFF, rgb(img, 112.08, 27.08));
    }

    @Test
    void concurrentRendersOfDifferentViewsMatchSequentialOnes() throws Exception {
        List<RenderLayer> layers = RenderLayers.of(RenderDemo.demoData());
        List<Viewport> views = List.of(Viewport.fit(RenderDemo.REGION, 300, 200), Viewport.fit(new Envelope(112.76, 112.86, 27.66, 27.74), 300, 200),
                Viewport.ofTile(12, 3331, 1720, 1), Viewport.fit(new Envelope(112.8, 112.9, 27.9, 28.0), 250, 250, 2));
        List<int[]> expected = new ArrayList<>();
        for (Viewport v : views) expected.add(pixels(renderer.render(layers, v).image()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Viewport v : views) futures.add(pool.submit(() -> pixels(renderer.render(layers, v).image())));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertTrue(java.util.Arrays.equals(expected.get(i % views.size()), futures.get(i).get()),
                        "concurrent render of " + views.get(i % views.size()) + " differs from the sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
