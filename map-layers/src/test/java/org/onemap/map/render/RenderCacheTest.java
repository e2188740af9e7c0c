package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.map.style.DefaultStyles;

class RenderCacheTest {
    private static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘", "其他"};

    /** A grid of n × n square parcels of {@code size} degrees from (112.9, 27.8), crops cycling. */
    static FeatureStore parcels(MemoryDataSource ds, int n, double size) {
        FeatureStore store = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = 112.9 + i * size, y = 27.8 + j * size, s = size * 0.9;
                String wkt = String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                        x, y, x + s, y, x + s, y + s, x, y + s, x, y);
                fs.add(Feature.create(TestMaps.geometry(wkt), Map.of("crop", CROPS[(i * 7 + j) % CROPS.length])));
            }
        }
        TestMaps.addAll(store, fs);
        return store;
    }

    private static RenderLayer parcelLayer(FeatureStore store) {
        return new RenderLayer(store, DefaultStyles.forLayer("parcel", GeometryKind.POLYGON), true, 1);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int diff = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
                if (d > 60) diff++;
            }
        }
        return diff;
    }

    private static double[] meanRgb(BufferedImage img) {
        double[] m = new double[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                m[0] += p >> 16 & 255;
                m[1] += p >> 8 & 255;
                m[2] += p & 255;
            }
        }
        for (int i = 0; i < 3; i++) m[i] /= (double) img.getWidth() * img.getHeight();
        return m;
    }

    @Test
    void cachedLayerDrawsTheSamePictureAsReadingTheSource() {
        MemoryDataSource ds = new MemoryDataSource();
        RenderLayer plain = parcelLayer(parcels(ds, 60, 0.002));
        RenderLayer cached = RenderLayers.cached(plain);
        assertTrue(cached.source() instanceof CachedFeatureSource, "a polygon layer must get a render cache");
        MapRenderer r = new MapRenderer();
        for (Viewport vp : List.of(Viewport.fit(new Envelope(112.9, 113.02, 27.8, 27.92), 800, 600),
                Viewport.fit(new Envelope(112.95, 112.96, 27.85, 27.86), 800, 600))) {
            RenderResult a = r.render(List.of(plain), vp, RenderOptions.standard().withLabels(false));
            RenderResult b = r.render(List.of(cached), vp, RenderOptions.standard().withLabels(false));
            assertTrue(b.featuresDrawn() > 0 && b.featuresDrawn() <= 3600,
                    "features drawn from the cache must be counted once each: " + b.featuresDrawn() + " at " + vp);
            int diff = differingPixels(a.image(), b.image());
            int total = vp.imageWidth() * vp.imageHeight();
            // Small polygons are scan-filled without antialiasing, so edge pixels may differ; the picture may not.
            assertTrue(diff < total / 10, diff + " of " + total + " pixels differ between cached and plain render at " + vp);
            double[] ma = meanRgb(a.image()), mb = meanRgb(b.image());
            for (int ch = 0; ch < 3; ch++) {
                assertEquals(ma[ch], mb[ch], 4, "mean colour (channel " + ch + ") of cached vs plain render at " + vp);
            }
        }
    }

    @Test
    void parcelsOfTwentyFourToFortyEightPixelsAreAntialiasedAsJava2dDrawsThem() {
        // slanted four-sided parcels ~35 px across: the cache's coverage filler against Java2D's fill and stroke
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        List<Feature> fs = new ArrayList<>();
        double size = 0.0004;
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 10; j++) {
                double x = 112.9 + i * size, y = 27.8 + j * size, s = size * 0.85, t = size * 0.2;
                String wkt = String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                        x, y, x + s, y + t, x + s - t, y + s, x - t / 2, y + s - t, x, y);
                fs.add(Feature.create(TestMaps.geometry(wkt), Map.of("crop", CROPS[(i * 5 + j) % CROPS.length])));
            }
        }
        TestMaps.addAll(store, fs);
        RenderLayer plain = parcelLayer(store);
        RenderLayer cached = RenderLayers.cached(plain);
        Viewport vp = Viewport.fit(new Envelope(112.8995, 112.9057, 27.7995, 27.8042), 600, 450);
        MapRenderer r = new MapRenderer();
        RenderOptions opts = RenderOptions.standard().withLabels(false);
        BufferedImage a = r.render(List.of(plain), vp, opts).image(), b = r.render(List.of(cached), vp, opts).image();
        int far = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y), d = 0;
                for (int sh = 0; sh < 24; sh += 8) d = Math.max(d, Math.abs((p >>> sh & 255) - (q >>> sh & 255)));
                if (d > 24) far++;
            }
        }
        // scan-filled without antialiasing, a third of the edge pixels would be off by more than this
        assertTrue(far < 600 * 450 / 500, far + " pixels differ by more than 24 levels from Java2D's antialiased picture");
        double[] ma = meanRgb(a), mb = meanRgb(b);
        for (int ch = 0; ch < 3; ch++) assertEquals(ma[ch], mb[ch], 0.5, "mean colour, channel " + ch);
    }

    @Test
    void adjacentParcelsWithoutOutlinesShowNoSeams() {
        // one fill, no outline, parcels ~35 px sharing slanted edges: drawn as one path per colour there is
        // no seam; each parcel antialiased on its own would let the paper through along every shared edge
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        List<Feature> fs = new ArrayList<>();
        double size = 0.0003, slant = 0.0001;
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 9; j++) {
                double x = 112.9 + i * size + j * slant, y = 27.8 + j * size;
                String wkt = String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                        x, y, x + size, y, x + size + slant, y + size, x + slant, y + size, x, y);
                fs.add(Feature.create(TestMaps.geometry(wkt), Map.of("crop", "水稻")));
            }
        }
        TestMaps.addAll(store, fs);
        Color fill = new Color(120, 180, 90);
        RenderLayer cached = RenderLayers.cached(new RenderLayer(store,
                org.onemap.map.style.LayerStyle.polygon(org.onemap.map.style.FillStyle.solid(fill), null), true, 1));
        // well inside the block of parcels
        Viewport vp = Viewport.fit(new Envelope(112.9012, 112.9042, 27.8006, 27.8024), 300, 210);
        BufferedImage img = new MapRenderer().render(List.of(cached), vp, RenderOptions.standard().withLabels(false)).image();
        int seams = 0;
        for (int y = 20; y < img.getHeight() - 20; y++) {
            for (int x = 20; x < img.getWidth() - 20; x++) {
                int p = img.getRGB(x, y) & 0xFFFFFF;
                if (p != (fill.getRGB() & 0xFFFFFF)) seams++;
            }
        }
        assertEquals(0, seams, "pixels inside a block of adjacent parcels that are not the parcels' fill");
    }

    @Test
    void parcelsUnderAPixelStillCoverTheirArea() {
        MemoryDataSource ds = new MemoryDataSource();
        RenderLayer plain = parcelLayer(parcels(ds, 60, 0.002));
        RenderLayer cached = RenderLayers.cached(plain);
        Viewport vp = Viewport.fit(new Envelope(112.9, 113.02, 27.8, 27.92), 60, 60);
        MapRenderer r = new MapRenderer();
        RenderOptions opts = RenderOptions.standard().withLabels(false);
        int a = inked(r.render(List.of(plain), vp, opts).image()), b = inked(r.render(List.of(cached), vp, opts).image());
        // Colours differ on purpose here: a sub-pixel parcel is drawn in its fill mixed with its outline.
        assertTrue(b >= a * 9 / 10, "cached render inks " + b + " pixels where the plain one inks " + a);
    }

    private static int inked(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if (img.getRGB(x, y) != RenderOptions.PAPER.getRGB()) n++;
        }
        return n;
    }

    @Test
    void gridReportsEachFeatureOnceWhateverItsSize() {
        float[] bounds = {0, 0, 100, 100,   10, 10, 11, 11,   50, 50, 52, 52,   90, 0, 100, 5};
        SpatialGrid grid = new SpatialGrid(bounds, 4);
        Map<Integer, Integer> hits = new HashMap<>();
        grid.search(5, 5, 60, 60, i -> hits.merge(i, 1, Integer::sum));
        assertEquals(Map.of(0, 1, 1, 1, 2, 1), hits, "features meeting the box, each reported once");
        hits.clear();
        grid.search(-10, -10, 200, 200, i -> hits.merge(i, 1, Integer::sum));
        assertEquals(Map.of(0, 1, 1, 1, 2, 1, 3, 1), hits);
    }

    @Test
    void anEditShowsAfterInvalidatingItsBox() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = parcels(ds, 10, 0.01);
        RenderLayer cached = RenderLayers.cached(parcelLayer(store));
        CachedFeatureSource cache = (CachedFeatureSource) cached.source();
        Viewport vp = Viewport.fit(new Envelope(112.9, 113.0, 27.8, 27.9), 400, 400);
        MapRenderer r = new MapRenderer();
        RenderOptions opts = RenderOptions.standard().withLabels(false);
        r.render(List.of(cached), vp, opts);
        assertTrue(cache.isBuilt(), "the first render must build the cache");

        Feature target = store.list(Query.bbox(new Envelope(112.955, 112.955, 27.855, 27.855))).get(0);
        Envelope box = target.geometry().getEnvelopeInternal();
        String newCrop = "茶叶".equals(target.get("crop")) ? "柑橘" : "茶叶";
        try (Transaction tx = store.begin("test")) {
            tx.update(target.withAttribute("crop", newCrop));
            tx.commit();
        }
        int px = (int) Math.round(vp.toPixelX(box.centre().x)), py = (int) Math.round(vp.toPixelY(box.centre().y));
        Color expected = DefaultStyles.CROP_COLORS.get(newCrop);
        assertNotEquals(expected.getRGB(), r.render(List.of(cached), vp, opts).image().getRGB(px, py),
                "before invalidation the cache still shows the old crop");
        cache.invalidate(box);
        assertEquals(expected.getRGB(), r.render(List.of(cached), vp, opts).image().getRGB(px, py),
                "after invalidating the edited parcel's box it must show its new crop colour");
        assertEquals(100, cache.cachedFeatures(), "the edited parcel is drawn once, from the overlay");
    }

    @Test
    void storedCacheIsReadBackOnlyUnderItsStamp(@TempDir Path dir) throws Exception {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = parcels(ds, 20, 0.002);
        RenderCache.Builder b = new RenderCache.Builder("crop");
        store.read(Query.ALL, b);
        RenderCache built = b.build();
        Path file = dir.resolve("parcel.omrc");
        RenderCacheFile.write(file, "layer parcel v1", built);

        RenderCache read = RenderCacheFile.read(file, "layer parcel v1");
        assertNotNull(read, "a cache stored under the same stamp must be read back");
        assertArrayEquals(built.xy, read.xy, "vertices");
        assertArrayEquals(built.bounds, read.bounds, "bounds");
        assertArrayEquals(built.ringStart, read.ringStart, "rings");
        assertArrayEquals(built.featureRing, read.featureRing, "features");
        assertArrayEquals(built.category, read.category, "crop per parcel");
        assertArrayEquals(built.categories, read.categories, "crop values");
        assertNull(RenderCacheFile.read(file, "layer parcel v2"), "a cache of other data (another stamp) must be ignored");

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(RenderCacheFile.read(file, "layer parcel v1"), "a truncated cache file must be ignored, not trusted");
    }

    @Test
    void aWindowRenderReadsOnlyTheStoredBlocksItNeedsAndDrawsTheSamePicture(@TempDir Path dir) {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore store = parcels(ds, 80, 0.002);   // 6,400 parcels over 112.9..113.06, 27.8..27.96
        Path file = dir.resolve("parcel.omrc");
        CachedFeatureSource whole = CachedFeatureSource.of(store, "crop").persistedIn(file, () -> "layer parcel v1");
        whole.warm();                                  // built from the source and stored in blocks
        assertTrue(Files.isRegularFile(file), "the cache must be stored");
        RenderCache full = RenderCacheFile.read(file, "layer parcel v1");
        assertNotNull(full);
        assertTrue(full.blocks.count() > 16, "a layer this big is stored in many blocks: " + full.blocks.count());

        // the centred 1/16 window, as bench/render-vs-mapnik.sh draws it, and a view across block edges
        RenderOptions opts = RenderOptions.standard().withLabels(false);
        MapRenderer r = new MapRenderer();
        for (Envelope box : List.of(new Envelope(112.96, 113.0, 27.86, 27.90), new Envelope(112.9011, 112.9237, 27.9013, 27.9427))) {
            Viewport vp = Viewport.fit(box, 480, 270);
            Envelope window = vp.expandedBy(16).lonLatBounds();
            CachedFeatureSource part = CachedFeatureSource.of(store, "crop").persistedIn(file, () -> "layer parcel v1").within(window);
            RenderLayer style = parcelLayer(store);
            BufferedImage a = r.render(List.of(style.withSource(whole)), vp, opts).image();
            BufferedImage b = r.render(List.of(style.withSource(part)), vp, opts).image();
            assertTrue(part.cachedFeatures() < full.size() / 2, "a small window must load a fraction of the layer: "
                    + part.cachedFeatures() + " of " + full.size());
            assertTrue(part.cachedFeatures() > 0);
            int same = 0;
            for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) == b.getRGB(x, y)) same++;
            assertEquals(a.getWidth() * a.getHeight(), same, "the window's part must draw exactly what the whole cache draws in " + box);
        }
        assertNull(RenderCacheFile.read(file, "layer parcel v2", new Envelope(0, 1, 0, 1)), "another stamp is ignored for a window too");
    }
}
