package org.onemap.datasources.h2gis;

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
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * Measures what the workspace costs (create, bulk load, audited load, SQL update, reopen, layers(),
 * bbox counts), printed, not asserted; each figure is the best of three after a warm-up. Run by hand:
 * {@code java -cp <test classpath> org.onemap.datasources.h2gis.WorkspaceTimings [features]}.
 */
public final class WorkspaceTimings {
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("onemap-timings").resolve("ws");
        List<Feature> features = parcels(n);
        long t0 = System.nanoTime();
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir, "seed")) {
            report("create workspace (H2GIS functions loaded)", ms(t0));
            double[] cold = load(ws, "warmup", features); // also the JIT warm-up
            report("cold JVM: insertAll " + n + " polygons, new layer (bulk seed)", cold[0]);
            report("cold JVM: insertAll " + n + " more (audited per row)", cold[1]);
            double seed = Double.MAX_VALUE;
            double audited = Double.MAX_VALUE;
            double sqlUpdate = Double.MAX_VALUE;
            for (int r = 0; r < ROUNDS; r++) {
                double[] t = load(ws, "parcel" + r, features);
                seed = Math.min(seed, t[0]);
                audited = Math.min(audited, t[1]);
                t0 = System.nanoTime();
                ws.sql("UPDATE parcel" + r + " SET crop = '茶叶' WHERE id <= " + n / 4);
                sqlUpdate = Math.min(sqlUpdate, ms(t0));
            }
            report("insertAll " + n + " polygons into a new layer (bulk seed)", seed);
            report("insertAll " + n + " more polygons (audited per row)", audited);
            report("SQL UPDATE of " + n / 4 + " rows (audited per row)", sqlUpdate);
            FeatureStore p = ws.writableLayer("parcel0").orElseThrow();
            t0 = System.nanoTime();
            try (Transaction tx = p.begin("seed")) {
                for (Feature f : features.subList(0, n / 4)) tx.insert(f);
                tx.commit();
            }
            report("insert() x " + n / 4 + " one at a time (audited)", ms(t0));
        }
        double reopen = Double.MAX_VALUE;
        double layers = Double.MAX_VALUE;
        double counts = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        long total = 0;
        for (int r = 0; r < ROUNDS; r++) {
            t0 = System.nanoTime();
            try (H2gisWorkspace ws = H2gisWorkspace.open(dir, "reader")) {
                reopen = Math.min(reopen, ms(t0));
                t0 = System.nanoTime();
                total = ws.layers().stream().mapToLong(l -> l.count()).sum();
                layers = Math.min(layers, ms(t0));
                FeatureStore p = ws.writableLayer("parcel0").orElseThrow();
                t0 = System.nanoTime();
                for (int k = 0; k < 100; k++) p.count(Query.bbox(new Envelope(112.9 + k * 0.0005, 112.95, 27.8, 27.85)));
                counts = Math.min(counts, ms(t0));
                t0 = System.nanoTime();
                p.read(Query.ALL, f -> { });
                read = Math.min(read, ms(t0));
            }
        }
        report("reopen existing workspace", reopen);
        report("layers() (" + total + " features in all layers)", layers);
        report("100 bbox counts on one layer", counts);
        report("read all features of one layer", read);
    }

    /** Seeds a new layer with {@code features}, then loads them again (audited); returns both times in ms. */
    private static double[] load(H2gisWorkspace ws, String name, List<Feature> features) {
        FeatureStore s = ws.createLayer(new LayerSchema(name, GeometryKind.POLYGON, 4326, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
                FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("owner", FieldType.STRING))));
        double[] t = new double[2];
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            try (Transaction tx = s.begin("seed")) {
                tx.insertAll(features);
                tx.commit();
            }
            t[i] = ms(t0);
        }
        return t;
    }

    static List<Feature> parcels(int n) {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> out = new ArrayList<>(n);
        int side = (int) Math.ceil(Math.sqrt(n));
        double step = 0.001;
        String[] crops = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};
        for (int i = 0; i < n; i++) {
            double x = 112.8 + (i % side) * step;
            double y = 27.7 + (i / side) * step;
            out.add(Feature.create(gf.toGeometry(new Envelope(x, x + step * 0.9, y, y + step * 0.9)), Map.of(
                    "parcel_code", String.format("430321-012-%05d", i), "crop", crops[i % crops.length],
                    "area_mu", 1.5 + (i % 10), "owner", "农户" + i)));
        }
        return out;
    }

    private static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }

    private static void report(String what, double ms) {
        System.out.printf("%-58s %8.1f ms%n", what, ms);
    }
}
