package org.onemap.core.edit.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.feature.Feature;

/**
 * Benchmark (not a unit test): overlap/minimum-area check of one village of 100 x 100 parcels with
 * 1% overlapping neighbours, as run on save. Same run command as SnapLatencyBench, class name changed.
 */
public final class TopologyCheckBench {
    public static void main(String[] args) {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> parcels = new ArrayList<>();
        double cell = 0.0005;
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) {
                double x = 112.9 + i * cell, y = 27.8 + j * cell;
                double grow = (i * 100 + j) % 100 == 0 ? cell * 0.1 : 0; // every 100th parcel overlaps its neighbour
                parcels.add(new Feature(Integer.toString(i * 100 + j),
                        gf.toGeometry(new Envelope(x, x + cell + grow, y, y + cell)), Map.of(), 1));
            }
        }
        TopologyCheck check = new TopologyCheck(CrsRegistry.WGS84, 100, 0.01);
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            int found = check.check(parcels).size();
            System.out.printf("%,d parcels: %d violations in %.0f ms%n", parcels.size(), found, (System.nanoTime() - t0) / 1e6);
        }
    }
}
