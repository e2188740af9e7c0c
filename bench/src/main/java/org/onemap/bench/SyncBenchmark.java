package org.onemap.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.gpkg.GeoPackage;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisAddress;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.onemap.datasources.sync.SyncReport;
import org.onemap.datasources.sync.WorkspaceSync;

/**
 * Sync push/pull of N changed parcels between an H2GIS workspace and a real PostGIS, with peers in the
 * same run: {@code psql \copy} of the same rows and {@code ogr2ogr -f PostgreSQL} from a GeoPackage of
 * them. Uses a throw-away database {@code onemap_bench_*} on the server (trust auth) and drops it.
 * <pre>java -cp … org.onemap.bench.SyncBenchmark [parcels=100000] [postgresql://127.0.0.1:5432/postgres]</pre>
 */
public final class SyncBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PostgisAddress server = PostgisAddress.parse(args.length > 1 ? args[1] : "postgresql://127.0.0.1:5432/postgres");
        String dbName = "onemap_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path dir = Files.createTempDirectory("onemap-sync-bench");
        System.out.printf("parcels %d, database %s, cores %d%n", n, dbName, Runtime.getRuntime().availableProcessors());
        try (Connection admin = jdbc(server); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + dbName);
        }
        PostgisAddress address = server.withDatabase(dbName);
        try {
            try (Connection c = jdbc(address); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION postgis");
            }
            run(n, address, dir);
        } finally {
            try (Connection admin = jdbc(server); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            }
        }
    }

    private static void run(int n, PostgisAddress address, Path dir) throws Exception {
        LayerSchema schema = new LayerSchema("parcel", GeometryKind.POLYGON, LayerSchema.WGS84, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE),
                FieldDef.of("owner", FieldType.STRING), FieldDef.of("village_code", FieldType.STRING), FieldDef.of("county_code", FieldType.STRING)));
        List<Feature> parcels = parcels(n);
        try (H2gisWorkspace ws = H2gisWorkspace.open(dir.resolve("workspace"), "bench");
             PostgisDatabase db = PostgisDatabase.open(address, "bench")) {
            long t = System.nanoTime();
            try (Transaction tx = ws.createLayer(schema).begin("bench")) {
                tx.insertAll(parcels);
                tx.commit();
            }
            report("workspace insert (local, not sync)", n, t);
            WorkspaceSync sync = new WorkspaceSync(ws, db);
            t = System.nanoTime();
            SyncReport r = sync.sync();
            report("publish (first sync, pushed " + r.pushed() + ")", n, t);

            t = System.nanoTime();
            ws.sql("UPDATE parcel SET crop = '茶叶', area_mu = area_mu + 1");
            report("local UPDATE of all rows (H2GIS, logged)", n, t);
            t = System.nanoTime();
            r = sync.sync();
            report("PUSH (pushed " + r.pushed() + ", conflicts " + r.conflicts().size() + ")", n, t);

            t = System.nanoTime();
            try (Connection c = jdbc(address); Statement s = c.createStatement()) {
                s.execute("UPDATE " + table(db) + " SET crop = '柑橘', area_mu = area_mu + 1");
            }
            report("remote UPDATE of all rows (PostGIS, triggers)", n, t);
            t = System.nanoTime();
            r = sync.sync();
            report("PULL (pulled " + r.pulled() + ", conflicts " + r.conflicts().size() + ")", n, t);
            long tea = ws.layer("parcel").count(Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("crop", "柑橘")));
            System.out.printf("check: %d of %d local parcels carry the remote change%n", tea, n);
        }
        peers(n, parcels, schema, address, dir);
    }

    private static void peers(int n, List<Feature> parcels, LayerSchema schema, PostgisAddress address, Path dir) throws Exception {
        // peer 1: psql \copy of the same rows (EWKT geometry) into a plain PostGIS table
        Path csv = dir.resolve("parcels.csv");
        StringBuilder sb = new StringBuilder();
        for (Feature f : parcels) {
            sb.append("SRID=4326;").append(f.geometry().toText()).append('\t');
            for (FieldDef d : schema.fields()) sb.append(f.get(d.name())).append(d == schema.fields().get(schema.fields().size() - 1) ? '\n' : '\t');
        }
        Files.writeString(csv, sb, StandardCharsets.UTF_8);
        String url = "postgresql://" + address.user() + "@" + address.host() + ":" + address.port() + "/" + address.database();
        psql(url, "CREATE TABLE peer_copy (geom geometry(Polygon, 4326), parcel_code text, crop text, area_mu double precision, "
                + "owner text, village_code text, county_code text)");
        long t = System.nanoTime();
        psql(url, "\\copy peer_copy FROM '" + csv + "'");
        report("peer: psql \\copy into PostGIS", n, t);
        t = System.nanoTime();
        psql(url, "UPDATE peer_copy SET crop = '茶叶', area_mu = area_mu + 1");
        report("peer: plain UPDATE of all rows in PostGIS (no triggers)", n, t);

        // peer 2: ogr2ogr from a GeoPackage of the same rows (written with our GeoPackage provider)
        Path gpkg = dir.resolve("parcels.gpkg");
        try (GeoPackage g = GeoPackage.open(gpkg, true, false); Transaction tx = g.createLayer(schema).begin("bench")) {
            tx.insertAll(parcels);
            tx.commit();
        }
        t = System.nanoTime();
        exec("ogr2ogr", "-f", "PostgreSQL", "PG:dbname=" + address.database() + " host=" + address.host() + " port=" + address.port() + " user=" + address.user(),
                gpkg.toString(), "-nln", "peer_ogr", "-lco", "SPATIAL_INDEX=NONE");
        report("peer: ogr2ogr GPKG -> PostGIS", n, t);
    }

    private static Connection jdbc(PostgisAddress a) throws java.sql.SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", a.user());
        if (a.password() != null) p.setProperty("password", a.password());
        return DriverManager.getConnection("jdbc:" + a.url(), p);
    }

    private static String table(PostgisDatabase db) {
        return "\"" + db.schema() + "\".parcel";
    }

    static List<Feature> parcels(int n) {
        GeometryFactory gf = new GeometryFactory();
        String[] crops = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = 112.5 + (i % 500) * 0.001;
            double y = 27.5 + (i / 500) * 0.001;
            out.add(Feature.create(gf.toGeometry(new Envelope(x, x + 0.0009, y, y + 0.0009)), Map.of(
                    "parcel_code", String.format("430321-%03d-%05d", i / 100_000, i % 100_000), "crop", crops[i % crops.length],
                    "area_mu", 1.0 + i % 7, "owner", "农户" + i, "village_code", "430321012001", "county_code", "430321")));
        }
        return out;
    }

    private static void psql(String url, String command) throws Exception {
        exec("psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", command);
    }

    private static void exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
    }

    private static void report(String step, int rows, long startNanos) {
        double s = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-58s %8.2f s  %9.0f rows/s%n", step, s, rows / s);
    }
}
