package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.h2.util.geometry.GeometryUtils;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Bbox counts of a workspace's layers answered from {@link LayerBounds}: features inside the window count
 * from the index alone, those crossing its edge get the exact {@code ST_Intersects} test (JTS, as H2GIS
 * does) on geometries fetched by id. An index answers only while its {@link TableStamp} matches the
 * table's, so every committed write makes it stale at once; until a build catches up (one at a time, on a
 * background thread, started by the count that found it missing or stale) counts go to SQL as before.
 */
final class BoundsCounts implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BoundsCounts.class.getName());
    private static final GeometryFactory GF = new GeometryFactory();

    private record Built(TableStamp stamp, LayerBounds bounds) {}

    private final H2gisWorkspace workspace;
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private final Set<String> building = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Per table, when the last build may be followed by the next (nanoTime): see {@link #startBuild}. */
    private final Map<String, Long> nextBuildAt = new ConcurrentHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "onemap-bounds-index");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    BoundsCounts(H2gisWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The number of features of {@code t} intersecting {@code box}, or -1 when there is no up-to-date index
     * for it yet (the caller counts with SQL; a build has been started).
     */
    long count(Connection c, LayerTable t, Envelope box) throws SQLException {
        TableStamp now = TableStamp.of(c, t.table());
        if (now == null) return -1; // not an embedded session: nothing to tell freshness by
        Built b = built.get(t.table());
        if (b == null || !b.stamp().sameAs(now)) {
            startBuild(t);
            return -1;
        }
        Ids edge = new Ids();
        long inside = b.bounds().count(box, edge::add);
        return inside + exactEdge(c, t, box, edge);
    }

    /** True once an index of the table matching its current contents is in place (for tests). */
    boolean isFresh(Connection c, String storedTable) {
        TableStamp now = TableStamp.of(c, storedTable);
        Built b = built.get(storedTable);
        return now != null && b != null && b.stamp().sameAs(now);
    }

    // ids of the features crossing the window's edge (~6 % of a window's features on 1M parcels)
    private static final class Ids {
        private long[] ids = new long[256];
        private int n;

        void add(long id) {
            if (n == ids.length) ids = Arrays.copyOf(ids, 2 * n);
            ids[n++] = id;
        }

        Long[] boxed() {
            Long[] out = new Long[n];
            for (int i = 0; i < n; i++) out[i] = ids[i];
            return out;
        }
    }

    private static long exactEdge(Connection c, LayerTable t, Envelope box, Ids edge) throws SQLException {
        if (edge.n == 0) return 0;
        Geometry window = GF.toGeometry(box);
        long hits = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT \"GEOM\" FROM " + t.quotedTable() + " WHERE \"ID\" = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("BIGINT", edge.boxed()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getObject(1) instanceof Geometry g && window.intersects(g)) hits++;
                }
            }
        }
        return hits;
    }

    // A layer written to all the time (a sync pulling, a live feed) would go stale after every build and
    // have the next count start another: after a build, the next waits as long again as the build took,
    // so rebuilding never takes more than half of one core; counts meanwhile go to SQL.
    private void startBuild(LayerTable t) {
        Long notBefore = nextBuildAt.get(t.table());
        if (notBefore != null && System.nanoTime() - notBefore < 0) return;
        if (!building.add(t.table())) return;
        try {
            builder.execute(() -> {
                try {
                    long t0 = System.nanoTime();
                    built.put(t.table(), build(t));
                    long took = System.nanoTime() - t0;
                    nextBuildAt.put(t.table(), System.nanoTime() + took);
                } catch (RuntimeException e) { // workspace closed, layer dropped: the next count tries again
                    LOG.log(System.Logger.Level.DEBUG, "bounds index of layer " + t.name() + " not built", e);
                } finally {
                    building.remove(t.table());
                }
            });
        } catch (RejectedExecutionException shutDown) {
            building.remove(t.table());
        }
    }

    private Built build(LayerTable t) {
        return workspace.read("index the bounds of layer " + t.name(), c -> {
            TableStamp stamp = TableStamp.of(c, t.table()); // before the scan: a commit during it leaves the index stale
            LayerBounds.Builder b = new LayerBounds.Builder();
            H2gisLayer.lazy(c, true);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT \"ID\", \"GEOM\" FROM " + t.quotedTable() + " WHERE \"GEOM\" IS NOT NULL")) {
                    while (rs.next()) {
                        if (closed) throw new IllegalStateException("workspace closed while the bounds of layer " + t.name() + " were read");
                        double[] e = GeometryUtils.getEnvelope(rs.getBytes(2)); // from the EWKB, no geometry built
                        if (e != null) b.add(rs.getLong(1), e[GeometryUtils.MIN_X], e[GeometryUtils.MIN_Y], e[GeometryUtils.MAX_X], e[GeometryUtils.MAX_Y]);
                    }
                }
            } finally {
                H2gisLayer.lazy(c, false);
            }
            return new Built(stamp, b.build());
        });
    }

    /**
     * Stops a build under way and waits for it, so the workspace closes its connections with no query of
     * ours still running on one (a CLI command closing its workspace, the next one reopening it, raced it).
     */
    @Override
    public void close() {
        closed = true;
        builder.shutdownNow();
        try {
            if (!builder.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a bounds index build did not stop within 10 s of closing the workspace");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        built.clear();
    }
}
