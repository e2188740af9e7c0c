package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.map.render.CachedFeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.TestMaps;
import org.onemap.map.render.Viewport;
import org.onemap.map.style.DefaultStyles;

class TileRerenderAfterEditTest {
    private static final int Z = 15;

    @Test
    void editingOneParcelReRendersOnlyTheTileItTouches() throws Exception {
        // Parcels of ~50 m (10 px) over a 5 × 5 block of zoom-15 tiles around Xiangtan.
        TileKey centre = containing(112.94, 27.83);
        Envelope area = new Envelope(new TileKey(Z, centre.x() - 2, centre.y() - 2).lonLatBounds());
        area.expandToInclude(new TileKey(Z, centre.x() + 2, centre.y() + 2).lonLatBounds());
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        List<Feature> fs = new ArrayList<>();
        double step = 0.0005;
        for (double x = area.getMinX(); x < area.getMaxX(); x += step) {
            for (double y = area.getMinY(); y < area.getMaxY(); y += step) {
                fs.add(Feature.create(TestMaps.geometry(String.format(java.util.Locale.ROOT,
                        "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", x, y, x + step * 0.9, y, x + step * 0.9,
                        y + step * 0.9, x, y + step * 0.9, x, y)), Map.of("crop", "水稻")));
            }
        }
        TestMaps.addAll(store, fs);
        RenderLayer layer = RenderLayers.cached(new RenderLayer(store, DefaultStyles.forLayer("parcel", GeometryKind.POLYGON), true, 1));
        assertTrue(layer.source() instanceof CachedFeatureSource);

        try (VectorTileRenderer r = new VectorTileRenderer(List.of(layer), 1, new TileCache(1L << 30),
                RenderOptions.tile().withLabels(false))) {
            for (long x = centre.x() - 2; x <= centre.x() + 2; x++) {
                for (long y = centre.y() - 2; y <= centre.y() + 2; y++) r.tile(Z, x, y).get(60, TimeUnit.SECONDS);
            }
            assertEquals(25, r.renderCount(), "each of the 25 tiles rendered once");

            // Edit the parcel at the centre of the centre tile through the store's transaction.
            Envelope c = centre.lonLatBounds();
            Envelope near = new Envelope(c.centre());
            near.expandBy(step);
            Feature parcel = store.list(Query.bbox(near)).get(0);
            try (Transaction tx = store.begin("planner")) {
                tx.update(parcel.withAttribute("crop", "茶叶"));
                tx.commit();
            }
            int dropped = r.invalidate(parcel.geometry().getEnvelopeInternal());
            assertEquals(1, dropped, "a parcel in the middle of a tile touches that tile only");

            for (long x = centre.x() - 2; x <= centre.x() + 2; x++) {
                for (long y = centre.y() - 2; y <= centre.y() + 2; y++) r.tile(Z, x, y).get(60, TimeUnit.SECONDS);
            }
            assertEquals(26, r.renderCount(), "after the edit only the touched tile is rendered again");
            var tile = r.tile(centre).get();
            var at = parcel.geometry().getEnvelopeInternal().centre();
            Viewport vp = Viewport.ofTile(Z, centre.x(), centre.y(), 1);
            int px = (int) vp.toPixelX(at.x), py = (int) vp.toPixelY(at.y);
            assertEquals(DefaultStyles.CROP_COLORS.get("茶叶").getRGB(), tile.getRGB(px, py),
                    "the re-rendered tile shows the parcel's new crop");
        }
    }

    @Test
    void aMovedPointOfASmallLayerIsDrawnWhereItNowIs() throws Exception {
        // small layers are drawn from a copy held in memory (HeldLayer): the edit's invalidate refreshes it
        TileKey tile = containing(112.94, 27.83);
        Envelope t = tile.lonLatBounds();
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore cameras = TestMaps.layer(ds, "camera", GeometryKind.POINT, "name");
        double y = t.centre().y;
        double west = t.getMinX() + t.getWidth() * 0.25;
        double east = t.getMinX() + t.getWidth() * 0.75;
        TestMaps.add(cameras, String.format(java.util.Locale.ROOT, "POINT(%f %f)", west, y), "name", "gate");
        RenderLayer layer = new RenderLayer(cameras, DefaultStyles.forLayer("camera", GeometryKind.POINT), true, 1);
        Viewport vp = Viewport.ofTile(Z, tile.x(), tile.y(), 1);
        int py = (int) vp.toPixelY(y);

        try (VectorTileRenderer r = new VectorTileRenderer(List.of(layer), 1, new TileCache(1L << 30),
                RenderOptions.tile().withLabels(false))) {
            var before = r.tile(tile).get(60, TimeUnit.SECONDS);
            assertTrue(inked(before, (int) vp.toPixelX(west), py), "the camera is drawn in the west of the tile");
            assertFalse(inked(before, (int) vp.toPixelX(east), py));

            Feature gate = cameras.list(Query.ALL).get(0);
            Feature moved = gate.withGeometry(TestMaps.geometry(String.format(java.util.Locale.ROOT, "POINT(%f %f)", east, y)));
            try (Transaction tx = cameras.begin("operator")) {
                tx.update(moved);
                tx.commit();
            }
            Envelope edit = new Envelope(gate.geometry().getEnvelopeInternal());
            edit.expandToInclude(moved.geometry().getEnvelopeInternal());
            assertEquals(1, r.invalidate(edit));

            var after = r.tile(tile).get(60, TimeUnit.SECONDS);
            assertFalse(inked(after, (int) vp.toPixelX(west), py), "gone from where it was");
            assertTrue(inked(after, (int) vp.toPixelX(east), py), "drawn where it is now");
        }
    }

    // not the paper (the tile's corner: nothing else is drawn)
    private static boolean inked(java.awt.image.BufferedImage img, int x, int y) {
        return img.getRGB(x, y) != img.getRGB(1, 1);
    }

    private static TileKey containing(double lon, double lat) {
        double span = 2 * WebMercator.HALF_WORLD / (1 << Z);
        return new TileKey(Z, (long) Math.floor((WebMercator.x(lon) + WebMercator.HALF_WORLD) / span),
                (long) Math.floor((WebMercator.HALF_WORLD - WebMercator.y(lat)) / span));
    }
}
