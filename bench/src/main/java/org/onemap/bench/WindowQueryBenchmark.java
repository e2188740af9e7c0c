package org.onemap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * Window queries on one layer through its spatial index: seeded random windows of 1/{@code share} of the
 * layer's extent per side, {@code GEOM && envelope} (the index part of every bbox query), features
 * counted. Prints wall and thread CPU time per pass, so two workspaces (e.g. a layer loaded in file order
 * and one loaded in Hilbert order) can be compared side by side.
 *
 * <p>usage: WindowQueryBenchmark WORKSPACE LAYER [QUERIES=500] [PASSES=3] [SHARE=16]
 */
public final class WindowQueryBenchmark {
    private WindowQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        String layer = args[1];
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int share = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (H2gisWorkspace w = H2gisWorkspace.open(ws, "bench", true, false); Connection c = w.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM \"" + layer.toUpperCase(Locale.ROOT)
                     + "\" WHERE \"GEOM\" && ST_MakeEnvelope(?, ?, ?, ?, 4326)")) {
            List<Envelope> windows = Windows.of(w.layer(layer).extent(), share, queries);
            for (int pass = 0; pass <= passes; pass++) { // pass 0 warms up
                long rows = 0;
                long cpu0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                for (Envelope e : windows) {
                    ps.setDouble(1, e.getMinX());
                    ps.setDouble(2, e.getMinY());
                    ps.setDouble(3, e.getMaxX());
                    ps.setDouble(4, e.getMaxY());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
                long t1 = System.nanoTime(), cpu1 = threads.getCurrentThreadCpuTime();
                System.out.printf(Locale.ROOT, "%s %d queries (1/%d of the extent per side): %d features, wall %.2f s, thread CPU %.2f s%n",
                        pass == 0 ? "warm-up" : "pass " + pass, queries, share, rows, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9);
            }
        }
    }
}
