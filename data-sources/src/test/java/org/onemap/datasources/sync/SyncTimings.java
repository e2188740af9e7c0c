package org.onemap.datasources.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.ThrowawayDatabase;

/**
 * What a sync costs with N changed parcels (publish, replicate, push N updates, pull N updates), printed,
 * not asserted. Needs the test PostgreSQL; run by hand:
 * {@code java -cp <test classpath> org.onemap.datasources.sync.SyncTimings [parcels]}.
 */
public final class SyncTimings {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("onemap-sync-timings");
        GeometryFactory gf = new GeometryFactory();
        LayerSchema schema = new LayerSchema("parcel", GeometryKind.POLYGON, 4326,
                List.of(FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE)));
        try (ThrowawayDatabase db = ThrowawayDatabase.create();
             H2gisWorkspace a = H2gisWorkspace.open(dir.resolve("a"), "a");
             H2gisWorkspace b = H2gisWorkspace.open(dir.resolve("b"), "b")) {
            List<Feature> parcels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double x = 112.5 + (i % 500) * 0.001;
                double y = 27.5 + (i / 500) * 0.001;
                parcels.add(Feature.create(gf.toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009)),
                        Map.of("parcel_code", "p" + i, "crop", "水稻", "area_mu", 1.0 + i % 7)));
            }
            try (Transaction tx = a.createLayer(schema).begin("a")) {
                tx.insertAll(parcels);
                tx.commit();
            }
            WorkspaceSync syncA = new WorkspaceSync(a, db.open("a"));
            WorkspaceSync syncB = new WorkspaceSync(b, db.open("b"));
            time("publish " + n, syncA::sync);
            time("replicate " + n, syncB::sync);
            b.sql("UPDATE parcel SET crop = '茶叶'");
            time("push " + n + " updates", syncB::sync);
            time("pull " + n + " updates", syncA::sync);
        }
    }

    private static void time(String what, java.util.function.Supplier<SyncReport> run) {
        long t = System.nanoTime();
        SyncReport r = run.get();
        System.out.printf("%-24s %8.0f ms  (pushed %d, pulled %d, conflicts %d)%n", what, (System.nanoTime() - t) / 1e6,
                r.pushed(), r.pulled(), r.conflicts().size());
    }
}
