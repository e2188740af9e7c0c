package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;

/** GeoPackage feature tables import with their CRS from gpkg_spatial_ref_sys; the file is opened read-only. */
class GeoPackageImportTest extends ReferenceWorkspaceFixture {
    static final GeometryFactory GF = new GeometryFactory();

    /** A minimal GeoPackage per OGC 12-128: the three gpkg tables and one point table in CGCS2000 GK CM 114E. */
    private Path gpkg(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, "
                    + "organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('CGCS2000 / 3-degree Gauss-Kruger CM 114E', 4547, 'EPSG', 4547, 'undefined', NULL)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '', "
                    + "last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            s.execute("INSERT INTO gpkg_contents(table_name, data_type, srs_id) VALUES ('wells', 'features', 4547)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, "
                    + "srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('wells', 'geom', 'POINT', 4547, 0, 0)");
            s.execute("CREATE TABLE wells (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, 编号 TEXT, depth_m REAL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO wells(geom, 编号, depth_m) VALUES (?, ?, ?)")) {
                for (int i = 0; i < 2; i++) {
                    double[] en = CoordinateTransform.between("EPSG:4326", "EPSG:4547").transform(112.90 + i * 0.01, 27.75);
                    ps.setBytes(1, blob(GF.createPoint(new Coordinate(en[0], en[1])), 4547));
                    ps.setString(2, "W" + i);
                    ps.setDouble(3, 12.5 + i);
                    ps.executeUpdate();
                }
            }
        }
        return file;
    }

    private static byte[] blob(Geometry g, int srs) {
        byte[] wkb = new WKBWriter(2, ByteOrder.LITTLE_ENDIAN == ByteOrder.nativeOrder() ? 2 : 1).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0x01).putInt(srs).put(wkb); // flags: little-endian, no envelope
        return b.array();
    }

    @Test
    void importsAFeatureTableTransformingFromItsEpsgCode() throws Exception {
        Path file = gpkg(dir.resolve("wells.gpkg"));
        String sum = Fixtures.sha256(file);
        ImportResult r = run(file, "wells", Map.of());
        assertEquals(2, r.written(), r.report().problems().toString());
        assertEquals(sum, Fixtures.sha256(file), "the GeoPackage is opened read-only");
        Feature w0 = ws.layer("wells").list(Query.ALL).stream().filter(f -> "W0".equals(f.get("code"))).findFirst().orElseThrow();
        assertEquals(112.90, w0.geometry().getCoordinate().x, 1e-7);
        assertEquals(12.5, ((Number) w0.get("depth_m")).doubleValue(), 1e-9);
    }

    @Test
    void readsAGeoPackageWrittenByOgr2ogr() throws Exception {
        Path geojson = dir.resolve("in.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"团结村\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[112.90,27.75],[112.91,27.75],[112.91,27.76],[112.90,27.75]]]}}]}");
        Path out = dir.resolve("ogr.gpkg");
        Process p;
        try {
            p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", out.toString(), geojson.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "ogr2ogr (GDAL) is not installed");
            return;
        }
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ogr2ogr failed: " + new String(p.getInputStream().readAllBytes()));
        ImportResult r = run(out, "ogr_gpkg", Map.of());
        assertEquals(1, r.written(), r.report().problems().toString());
        Feature f = ws.layer("ogr_gpkg").list(Query.ALL).get(0);
        assertEquals("团结村", f.get("name"));
        assertTrue(f.geometry().getGeometryType().contains("Polygon"), f.geometry().toText());
    }
}
