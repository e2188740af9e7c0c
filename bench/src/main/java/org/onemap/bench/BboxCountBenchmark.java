package org.onemap.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * DESIGN.md's target "100 bbox-intersect counts on 1M parcels (embedded, warm): no slower than PostGIS
 * with a GiST index". The same seeded windows are counted through OneMap's own API
 * ({@code FeatureSource.count(Query.bbox(…))} on the embedded workspace: index lookup plus an exact
 * intersection test) and on a PostGIS table of the same parcels with a GiST index
 * ({@code geom && box AND ST_Intersects(geom, box)} over JDBC to the local server). Passes alternate
 * between the two after one warm-up pass each; every window's count must agree.
 *
 * <p>usage: BboxCountBenchmark WORKSPACE LAYER JDBC_URL TABLE [QUERIES=100] [PASSES=5] [SHARE=16]
 */
public final class BboxCountBenchmark {
    private BboxCountBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        String layer = args[1];
        String jdbc = args[2];
        String table = args[3];
        int queries = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int passes = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        int share = args.length > 6 ? Integer.parseInt(args[6]) : 16;
        try (H2gisWorkspace w = H2gisWorkspace.open(ws, "bench", true, false);
             Connection pg = DriverManager.getConnection(jdbc);
             PreparedStatement ps = pg.prepareStatement("SELECT count(*) FROM " + table
                     + " WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))")) {
            FeatureSource parcels = w.layer(layer);
            List<Envelope> windows = Windows.of(parcels.extent(), share, queries);
            ToLongFunction<Envelope> onemap = e -> parcels.count(Query.bbox(e));
            ToLongFunction<Envelope> postgis = e -> postgisCount(ps, e);
            List<Double> ours = new ArrayList<>(), theirs = new ArrayList<>();
            for (int pass = 0; pass <= passes; pass++) { // pass 0 warms both up
                long[] a = timed("onemap ", pass, windows, onemap, ours, share);
                long[] b = timed("postgis", pass, windows, postgis, theirs, share);
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) throw new IllegalStateException("window " + i + " " + windows.get(i) + ": onemap " + a[i] + ", postgis " + b[i]);
                }
            }
            double o = median(ours), p = median(theirs);
            System.out.printf(Locale.ROOT, "median of %d passes of %d counts: onemap %.1f ms, postgis %.1f ms; postgis/onemap = %.2fx%n",
                    passes, queries, o, p, p / o);
        }
    }

    // one pass over the windows; records its wall time (ms) unless it is the warm-up, returns each window's count
    private static long[] timed(String who, int pass, List<Envelope> windows, ToLongFunction<Envelope> count, List<Double> times, int share) {
        long[] counts = new long[windows.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < counts.length; i++) counts[i] = count.applyAsLong(windows.get(i));
        double ms = (System.nanoTime() - t0) / 1e6;
        long total = 0;
        for (long c : counts) total += c;
        if (pass > 0) times.add(ms);
        System.out.printf(Locale.ROOT, "%s %s: %d counts of 1/%d of the extent per side, %d features, %.1f ms%n",
                who, pass == 0 ? "warm-up" : "pass " + pass, counts.length, share, total, ms);
        return counts;
    }

    private static long postgisCount(PreparedStatement ps, Envelope e) {
        try {
            for (int k = 0; k < 2; k++) {
                ps.setDouble(4 * k + 1, e.getMinX());
                ps.setDouble(4 * k + 2, e.getMinY());
                ps.setDouble(4 * k + 3, e.getMaxX());
                ps.setDouble(4 * k + 4, e.getMaxY());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("PostGIS count failed: " + ex.getMessage(), ex);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
