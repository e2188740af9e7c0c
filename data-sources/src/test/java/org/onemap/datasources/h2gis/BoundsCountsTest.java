package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * Bbox counts answered from the in-memory bounds index agree with SQL's, and a write — committed or
 * still open in another transaction — never makes a count wrong.
 */
class BoundsCountsTest {
    private static final String TABLE = "PARCEL";

    @TempDir
    Path tmp;

    @Test
    void countsFromTheIndexEqualTheExactSqlCounts() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            FeatureStore parcels = Parcels.seed(ws, 400);  // 10 × 40 squares of 0.0009° with 0.0001° gaps
            List<Envelope> windows = List.of(
                    new Envelope(112.9001, 112.9049, 27.8001, 27.8019),   // squares 0-4, 10-14: edge crossers
                    new Envelope(112.8995, 112.9195, 27.7995, 27.8405),   // everything, with margin
                    new Envelope(112.9009, 112.9011, 27.8, 27.85),        // across the gap between columns 0 and 1
                    new Envelope(112.9003, 112.9003, 27.8003, 27.8003),   // a point inside square 0
                    new Envelope(112.9045, 112.9046, 27.8000, 27.8400),   // a thin strip inside column 4
                    new Envelope(113.5, 113.6, 28.5, 28.6));              // nothing
            long[] sql = windows.stream().mapToLong(w -> readCount(parcels, w)).toArray();
            assertEquals(List.of(10L, 400L, 80L, 1L, 40L, 0L), java.util.Arrays.stream(sql).boxed().toList(), "SQL's counts, the reference");
            parcels.count(Query.bbox(windows.get(0))); // starts the build
            awaitFresh(ws);
            for (int i = 0; i < windows.size(); i++) {
                assertEquals(sql[i], parcels.count(Query.bbox(windows.get(i))), "window " + windows.get(i) + " counted from the index");
            }
        }
    }

    @Test
    void aCommittedEditIsCountedAtOnceAndAnOpenOneNever() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            FeatureStore parcels = Parcels.seed(ws, 100);
            Envelope firstRow = new Envelope(112.8995, 112.9095, 27.7995, 27.8005);
            assertCountedFromIndex(ws, parcels, firstRow, 10);

            Feature extra = Feature.create(Parcels.square(3).buffer(-0.0002), Parcels.parcel(3).attributes());
            try (Transaction tx = parcels.begin("规划员")) {
                tx.insertAll(List.of(extra));
                assertEquals(10, parcels.count(Query.bbox(firstRow)), "an uncommitted insert is not counted");
                awaitFresh(ws); // rebuilt while the insert is open: the index must not keep it
                assertEquals(10, parcels.count(Query.bbox(firstRow)), "an uncommitted insert is not counted from a rebuilt index either");
                tx.commit();
            }
            assertFalse(fresh(ws), "the commit made the index stale");
            assertEquals(11, parcels.count(Query.bbox(firstRow)), "counted right after the commit");
            awaitFresh(ws);
            assertEquals(11, parcels.count(Query.bbox(firstRow)), "and from the rebuilt index");

            java.util.concurrent.atomic.AtomicReference<Feature> square0 = new java.util.concurrent.atomic.AtomicReference<>();
            parcels.read(Query.bbox(new Envelope(112.9001, 112.9001, 27.8001, 27.8001)), square0::set);
            try (Transaction tx = parcels.begin("规划员")) {
                tx.delete(square0.get().id(), square0.get().version());
                tx.commit();
            }
            assertEquals(10, parcels.count(Query.bbox(firstRow)), "a committed delete is counted at once");
        }
    }

    @Test
    void aDroppedAndRecreatedLayerIsNotCountedFromTheOldIndex() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            FeatureStore parcels = Parcels.seed(ws, 100);
            Envelope all = new Envelope(112.8, 113, 27.7, 27.9);
            assertCountedFromIndex(ws, parcels, all, 100);
            ws.sql("DROP TABLE \"PARCEL\"");
            ws.sql("DELETE FROM ONEMAP_LAYER WHERE UPPER(NAME) = 'PARCEL'");
            FeatureStore again = Parcels.seed(ws, 30);
            assertEquals(30, again.count(Query.bbox(all)));
        }
    }

    // the first count starts the index build; the next, once it is built, is answered from it
    @Test
    void closingTheWorkspaceStopsABuildAndWaitsForItSoTheNextOpenFindsItClosed() {
        Path dir = tmp.resolve("ws");
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir, "王五")) {
            Parcels.seed(ws, 5_000);
        }
        for (int round = 0; round < 3; round++) { // as CLI commands do: open, count (a build starts), close, open again
            try (H2gisWorkspace ws = H2gisWorkspace.open(dir, "王五")) {
                ws.layer("parcel").count(Query.bbox(new Envelope(112.9, 113.0, 27.8, 27.9)));
            }
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("onemap-bounds-index") && t.isAlive()),
                    "the build stopped before close returned");
            try (H2gisWorkspace ws = H2gisWorkspace.open(dir, "王五")) {
                assertEquals(5_000L, ws.layer("parcel").count(Query.ALL));
            }
        }
    }

    private static void assertCountedFromIndex(H2gisWorkspace ws, FeatureStore s, Envelope w, long expected) {
        s.count(Query.bbox(w));
        awaitFresh(ws);
        assertEquals(expected, s.count(Query.bbox(w)));
    }

    private static long readCount(FeatureStore s, Envelope w) {
        AtomicLong n = new AtomicLong();
        s.read(Query.bbox(w), f -> n.incrementAndGet());
        return n.get();
    }

    private static boolean fresh(H2gisWorkspace ws) {
        return ws.read("probe", c -> ws.boundsCounts().isFresh(c, TABLE));
    }

    private static void awaitFresh(H2gisWorkspace ws) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!fresh(ws)) {
            assertTrue(System.nanoTime() < until, "the bounds index was not built within 20 s");
            ws.layer("parcel").count(Query.bbox(new Envelope(0, 1, 0, 1))); // a stale index is rebuilt on the next count
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

}
