package org.onemap.core.edit.snap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Benchmark (not a unit test): snapping latency with 1M parcel-like polygons loaded, indexing only the
 * viewport's parcels as the map does. Run from the repository root:
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) \
 *     org.onemap.core.edit.snap.SnapLatencyBench
 * </pre>
 * Prints, per viewport size, the time to query the layer index and build the {@link SnapIndex}, and
 * p50/p95/p99/max of {@link SnapIndex#snap} over random cursor positions (10 px tolerance, all kinds).
 */
public final class SnapLatencyBench {
    private static final int SIDE = 1000; // 1000 x 1000 = 1M parcels
    private static final double CELL = 0.0005; // ≈ 50 m at Xiangtan
    private static final double X0 = 112.5, Y0 = 27.5;

    public static void main(String[] args) {
        Random rnd = new Random(7);
        GeometryFactory gf = new GeometryFactory();
        long t0 = System.nanoTime();
        // the store: packed coordinates of 1M irregular 6-vertex parcels, plus the layer's spatial index
        double[][] parcels = new double[SIDE * SIDE][];
        STRtree layerIndex = new STRtree();
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                double x = X0 + i * CELL, y = Y0 + j * CELL;
                double[] c = {
                        x + jit(rnd), y + jit(rnd), x + CELL / 2, y + jit(rnd), x + CELL - jit(rnd), y + jit(rnd),
                        x + CELL - jit(rnd), y + CELL - jit(rnd), x + CELL / 2, y + CELL - jit(rnd),
                        x + jit(rnd), y + CELL - jit(rnd)};
                int id = i * SIDE + j;
                parcels[id] = c;
                Envelope env = new Envelope();
                for (int k = 0; k < c.length; k += 2) env.expandToInclude(c[k], c[k + 1]);
                layerIndex.insert(env, id);
            }
        }
        layerIndex.build();
        System.out.printf("loaded %,d parcels + layer index in %.1f s%n", parcels.length, (System.nanoTime() - t0) / 1e9);

        // viewport = 1920x1080 px at three zoom levels (metres per pixel)
        for (double mPerPx : new double[] {0.25, 1, 4}) {
            double degPerPx = mPerPx / 98_500; // ≈ metres per degree of longitude at 27.8°N
            double w = 1920 * degPerPx, h = 1080 * degPerPx;
            long[] build = new long[20];
            long[] snaps = new long[20 * 2000];
            int visible = 0, n = 0;
            for (int v = 0; v < 20; v++) {
                double vx = X0 + 0.05 + rnd.nextDouble() * (SIDE * CELL - 0.1 - w);
                double vy = Y0 + 0.05 + rnd.nextDouble() * (SIDE * CELL - 0.1 - h);
                Envelope view = new Envelope(vx, vx + w, vy, vy + h);
                long b0 = System.nanoTime();
                SnapIndex index = new SnapIndex();
                @SuppressWarnings("unchecked")
                List<Integer> ids = layerIndex.query(view);
                long b1 = System.nanoTime();
                for (int id : ids) index.add(Integer.toString(id), polygon(gf, parcels[id]));
                long b2 = System.nanoTime();
                index.build();
                build[v] = System.nanoTime() - b0;
                if (v == 19) {
                    System.out.printf("  last viewport: layer query %.1f ms, add %.1f ms, STR build %.1f ms%n",
                            (b1 - b0) / 1e6, (b2 - b1) / 1e6, (System.nanoTime() - b2) / 1e6);
                }
                visible = ids.size();
                double tol = SnapIndex.tolerance(10, degPerPx);
                for (int s = 0; s < 2000; s++) {
                    Coordinate p = new Coordinate(vx + rnd.nextDouble() * w, vy + rnd.nextDouble() * h);
                    long s0 = System.nanoTime();
                    index.snap(p, tol);
                    snaps[n++] = System.nanoTime() - s0;
                }
            }
            Arrays.sort(build);
            Arrays.sort(snaps);
            System.out.printf("%.2f m/px: ~%,d visible parcels; index rebuild per viewport p50 %.1f ms, max %.1f ms;"
                            + " snap p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms (%d snaps, first viewport incl. warm-up)%n",
                    mPerPx, visible, build[10] / 1e6, build[19] / 1e6,
                    pct(snaps, 50), pct(snaps, 95), pct(snaps, 99), snaps[snaps.length - 1] / 1e6, snaps.length);
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static double jit(Random rnd) {
        return rnd.nextDouble() * CELL * 0.05;
    }

    private static Polygon polygon(GeometryFactory gf, double[] c) {
        List<Coordinate> ring = new ArrayList<>();
        for (int k = 0; k < c.length; k += 2) ring.add(new Coordinate(c[k], c[k + 1]));
        ring.add(new Coordinate(c[0], c[1]));
        return gf.createPolygon(ring.toArray(Coordinate[]::new));
    }
}
