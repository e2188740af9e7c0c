package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.style.DefaultStyles;

/** A small layer answers bbox reads from memory exactly as its store would, after one read of the store. */
class HeldLayerTest {
    @TempDir
    Path dir;

    /** Counts the reads that reach the store. */
    private static final class Counted implements FeatureSource {
        final FeatureSource source;
        final AtomicInteger reads = new AtomicInteger();

        Counted(FeatureSource source) {
            this.source = source;
        }

        @Override
        public void read(Query query, Consumer<Feature> sink) {
            reads.incrementAndGet();
            source.read(query, sink);
        }

        @Override
        public long count(Query query) { return source.count(query); }

        @Override
        public LayerSchema schema() { return source.schema(); }

        @Override
        public Envelope extent() { return source.extent(); }
    }

    private static List<String> ids(FeatureSource s, Query q) {
        return s.list(q).stream().map(Feature::id).toList();
    }

    private static HeldLayer held(FeatureSource s) {
        RenderLayer layer = HeldLayer.heldIn(new RenderLayer(s, DefaultStyles.forLayer("x", s.schema().geometryType()), true, 1));
        return (HeldLayer) layer.source();
    }

    @Test
    void bboxReadsGiveTheStoresFeaturesInItsOrderFromOneReadOfTheStore() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir.resolve("ws"), "test")) {
            FeatureStore cameras = TestMaps.layer(ws, "camera", GeometryKind.POINT, "name");
            FeatureStore roads = TestMaps.layer(ws, "road", GeometryKind.LINESTRING, "name");
            List<Feature> points = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                points.add(Feature.create(TestMaps.geometry(String.format(java.util.Locale.ROOT, "POINT(%f %f)",
                        112.0 + (i * 37 % 100) / 100.0, 27.0 + (i * 61 % 100) / 100.0)), Map.of("name", "c" + i)));
            }
            TestMaps.addAll(cameras, points);
            // its envelope covers the box (112.0 27.9, 112.1 28.0) at the top left, the line itself does not
            TestMaps.add(roads, "LINESTRING(112.0 27.0, 113.0 28.0)", "name", "diagonal");
            TestMaps.add(roads, "LINESTRING(112.05 27.5, 112.05 28.5)", "name", "north-south");

            Counted store = new Counted(ws.layer("camera"));
            Counted roadStore = new Counted(ws.layer("road"));
            HeldLayer heldCameras = held(store);
            HeldLayer heldRoads = held(roadStore);
            assertFalse(heldCameras.isHeld(), "nothing is read before the first read");

            for (double x = 111.95; x < 113.0; x += 0.15) {
                for (double y = 26.95; y < 28.0; y += 0.15) {
                    Query q = Query.bbox(new Envelope(x, x + 0.2, y, y + 0.2));
                    assertEquals(ids(ws.layer("camera"), q), ids(heldCameras, q), "cameras in " + q.bbox());
                    assertEquals(ids(ws.layer("road"), q), ids(heldRoads, q), "roads in " + q.bbox());
                }
            }
            Query corner = Query.bbox(new Envelope(112.0, 112.1, 27.9, 28.0));
            assertEquals(List.of("north-south"), heldRoads.list(corner).stream().map(f -> f.get("name")).toList(),
                    "a line whose envelope meets the box but which does not is left out, as the store does");
            assertEquals(ids(ws.layer("camera"), Query.ALL), ids(heldCameras, Query.ALL), "a read without a box: all, in order");
            assertTrue(heldCameras.isHeld());
            assertEquals(1, store.reads.get(), "the store was read once, for the copy");
            assertEquals(1, roadStore.reads.get());

            Query filtered = Query.bbox(new Envelope(111, 114, 26, 29)).and(AttributeFilter.eq("name", "c7"));
            assertEquals(1, heldCameras.list(filtered).size());
            assertEquals(3, heldCameras.list(Query.ALL.withLimit(3)).size(), "a limit is the store's");
            assertEquals(3, store.reads.get(), "filtered and limited reads go to the store");
        }
    }

    @Test
    void afterForgetTheNextReadSeesTheEditedLayer() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir.resolve("ws"), "test")) {
            FeatureStore cameras = TestMaps.layer(ws, "camera", GeometryKind.POINT, "name");
            TestMaps.add(cameras, "POINT(112.5 27.5)", "name", "gate");
            HeldLayer held = held(ws.layer("camera"));
            Query box = Query.bbox(new Envelope(112.4, 112.6, 27.4, 27.6));
            assertEquals(1, held.list(box).size());

            Feature gate = cameras.list(Query.ALL).get(0);
            try (Transaction tx = cameras.begin("test")) {
                tx.update(gate.withGeometry(TestMaps.geometry("POINT(112.9 27.9)")));
                tx.commit();
            }
            assertEquals(1, held.list(box).size(), "the copy is the layer as first read, as the rendered tiles are");
            held.forget();
            assertEquals(0, held.list(box).size(), "read again after forget: the camera has moved");
            assertEquals(1, held.list(Query.bbox(new Envelope(112.8, 113.0, 27.8, 28.0))).size());
        }
    }

    @Test
    void aLayerOfMoreThanTheLimitIsReadFromItsStore() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore big = TestMaps.layer(ds, "sensor", GeometryKind.POINT);
        List<Feature> points = new ArrayList<>();
        for (int i = 0; i <= HeldLayer.MAX_FEATURES; i++) {
            points.add(Feature.create(TestMaps.geometry("POINT(" + (112 + i * 1e-5) + " 27.5)"), Map.of()));
        }
        TestMaps.addAll(big, points);
        Counted store = new Counted(ds.layer("sensor"));
        HeldLayer held = held(store);
        Query box = Query.bbox(new Envelope(112, 112.01, 27, 28));
        assertEquals(1001, held.list(box).size());
        assertEquals(1001, held.list(box).size());
        assertFalse(held.isHeld(), "too big to hold");
        assertEquals(2, store.reads.get(), "each read went to the store");
    }

    @Test
    void renderCachesAreNotHeldTwice() {
        MemoryDataSource ds = new MemoryDataSource();
        FeatureStore parcels = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop");
        RenderLayer cached = RenderLayers.cached(new RenderLayer(parcels, DefaultStyles.forLayer("parcel", GeometryKind.POLYGON), true, 1));
        assertEquals(cached, HeldLayer.heldIn(cached));
        RenderLayer held = HeldLayer.heldIn(new RenderLayer(parcels, DefaultStyles.forLayer("parcel", GeometryKind.POLYGON), true, 1));
        assertEquals(held, HeldLayer.heldIn(held));
    }
}
