package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.StrokeStyle;

/**
 * A tile's opaque cached layers are painted straight into the tile image (no scratch image per layer);
 * the picture must be the one the scratch-and-composite path gives: {@code render} (direct) against
 * {@code draw} onto a caller's canvas (scratch images), same layers and tile.
 */
class DirectTilePaintTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void tileDrawnDirectlyMatchesTheScratchImagePath() {
        MemoryDataSource ds = new MemoryDataSource();
        // parcels of every size the painter treats differently (sub-pixel, box, scan-filled, path), in two
        // overlapping layers, the upper one translucent with an outline
        FeatureStore lower = TestMaps.layer(ds, "lower", GeometryKind.POLYGON, "name");
        FeatureStore upper = TestMaps.layer(ds, "upper", GeometryKind.POLYGON, "name");
        Viewport tile = Viewport.ofTile(14, 13316, 6872, 1);   // 112.59–112.61 E, 27.80–27.82 N
        Envelope box = tile.lonLatBounds();
        Random random = new Random(7);
        TestMaps.addAll(lower, squares(random, box, 400, 0.00002, 0.004));
        TestMaps.addAll(upper, squares(random, box, 300, 0.00002, 0.01));
        List<RenderLayer> layers = List.of(
                RenderLayers.cached(new RenderLayer(ds.layer("lower"), LayerStyle.polygon(FillStyle.solid(new Color(40, 120, 200)),
                        StrokeStyle.solid(new Color(10, 40, 90), 0.5)), true, 1)),
                RenderLayers.cached(new RenderLayer(ds.layer("upper"), LayerStyle.polygon(FillStyle.of(new Color(230, 120, 20), 0.6),
                        StrokeStyle.solid(new Color(120, 40, 0), 1.5)), true, 1)));
        RenderOptions options = RenderOptions.tile().withLabels(false).withBackground(new Color(245, 243, 236));

        MapRenderer renderer = new MapRenderer();
        BufferedImage direct = renderer.render(layers, tile, options).image();
        BufferedImage scratch = new BufferedImage(tile.imageWidth(), tile.imageHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = scratch.createGraphics();
        renderer.draw(g, layers, tile, options);
        g.dispose();

        int worst = 0;
        int differing = 0;
        int painted = 0;
        for (int y = 0; y < direct.getHeight(); y++) {
            for (int x = 0; x < direct.getWidth(); x++) {
                int a = direct.getRGB(x, y);
                int b = scratch.getRGB(x, y);
                if (a != (0xFF << 24 | 245 << 16 | 243 << 8 | 236)) painted++;
                int d = 0;
                for (int shift = 0; shift < 32; shift += 8) d = Math.max(d, Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF)));
                worst = Math.max(worst, d);
                if (d > 0) differing++;
            }
        }
        assertTrue(painted > 10_000, "the tile must show the parcels, painted pixels: " + painted);
        // source-over is associative: the same picture up to rounding of premultiplied channels
        assertTrue(worst <= 2, "largest channel difference " + worst + " (" + differing + " pixels differ)");
    }

    /** {@code n} axis-aligned squares with sides between {@code min} and {@code max} degrees over {@code box}. */
    private static List<Feature> squares(Random random, Envelope box, int n, double min, double max) {
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double side = min * Math.pow(max / min, random.nextDouble());
            double x = box.getMinX() + random.nextDouble() * box.getWidth();
            double y = box.getMinY() + random.nextDouble() * box.getHeight();
            out.add(Feature.create(GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
                new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)}), new LinkedHashMap<>()));
        }
        return out;
    }
}
