package org.onemap.dataimport.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * Layer → GeoPackage 1.2 (OGC 12-128r18): the required {@code gpkg_spatial_ref_sys} (with EPSG:4326),
 * {@code gpkg_contents} and {@code gpkg_geometry_columns} tables and one feature table named after the
 * layer with a {@code fid} key, a {@code geom} column of GP-header + WKB blobs in WGS 84 and the
 * attributes. No R-tree index: GDAL and QGIS read the file without one. Written through sqlite-jdbc into
 * a temporary file, inside one transaction, and renamed into place.
 */
public final class GeoPackageExport implements LayerExporter {
    private static final int APPLICATION_ID = 0x47504B47; // "GPKG"
    private static final int USER_VERSION = 10200;
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    @Override
    public String id() { return "geopackage"; }

    @Override
    public List<String> extensions() { return List.of("gpkg"); }

    @Override
    public ExportResult export(FeatureSource source, Query query, Path target) throws IOException {
        LayerSchema schema = source.schema();
        String table = schema.name();
        Wgs84 wgs84 = new Wgs84(schema);
        GpkgBlob blobs = new GpkgBlob(LayerSchema.WGS84);
        Envelope extent = new Envelope();
        long[] n = {0};
        try (PartFile part = new PartFile(target)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + part.path())) {
                c.setAutoCommit(false);
                createTables(c, schema);
                StringBuilder cols = new StringBuilder("geom");
                StringBuilder marks = new StringBuilder("?");
                for (FieldDef d : schema.fields()) {
                    cols.append(", ").append(quote(d.name()));
                    marks.append(", ?");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + quote(table) + " (" + cols + ") VALUES (" + marks + ")")) {
                    try {
                        source.read(query, f -> {
                            try {
                                Geometry g = wgs84.apply(f.geometry());
                                if (g != null && !g.isEmpty()) extent.expandToInclude(g.getEnvelopeInternal());
                                ps.setBytes(1, blobs.encode(g));
                                int i = 2;
                                for (FieldDef d : schema.fields()) ps.setObject(i++, sqlValue(f.get(d.name())));
                                ps.executeUpdate();
                                n[0]++;
                            } catch (SQLException e) {
                                throw new SqlFailure(e);
                            }
                        });
                    } catch (SqlFailure e) {
                        throw e.sql;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?")) {
                    if (extent.isNull()) {
                        for (int i = 1; i <= 4; i++) ps.setObject(i, null);
                    } else {
                        ps.setDouble(1, extent.getMinX());
                        ps.setDouble(2, extent.getMinY());
                        ps.setDouble(3, extent.getMaxX());
                        ps.setDouble(4, extent.getMaxY());
                    }
                    ps.setString(5, table);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                throw new IOException(target.getFileName() + ": writing the GeoPackage failed: " + e.getMessage(), e);
            }
            part.commit();
        }
        Map<String, String> names = new LinkedHashMap<>();
        schema.fields().forEach(d -> names.put(d.name(), d.name()));
        return new ExportResult(List.of(target), n[0], names);
    }

    private static void createTables(Connection c, LayerSchema schema) throws SQLException {
        String table = schema.name();
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + USER_VERSION);
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, "
                    + "organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84_WKT + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                    + "description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, "
                    + "srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table))
                    .append(" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ").append(geometryTypeName(schema));
            for (FieldDef d : schema.fields()) {
                if (d.name().equalsIgnoreCase("fid") || d.name().equalsIgnoreCase("geom")) {
                    throw new IllegalArgumentException("field " + d.name() + " clashes with the GeoPackage key/geometry column name");
                }
                ddl.append(", ").append(quote(d.name())).append(' ').append(sqlType(d));
            }
            s.execute(ddl.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                + "VALUES (?, 'features', ?, '', 4326)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)")) {
            ps.setString(1, table);
            ps.setString(2, geometryTypeName(schema));
            ps.executeUpdate();
        }
    }

    private static String geometryTypeName(LayerSchema schema) {
        return schema.geometryType().name(); // POINT, MULTIPOLYGON … GEOMETRY: the GeoPackage names in upper case
    }

    private static String sqlType(FieldDef d) {
        return switch (d.type()) {
            case STRING -> "TEXT";
            case INTEGER -> "MEDIUMINT";
            case LONG -> "INTEGER";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "DATETIME";
        };
    }

    private static Object sqlValue(Object v) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof Instant t) return t.toString(); // GeoPackage DATETIME: ISO-8601 UTC text
        if (v instanceof java.time.temporal.TemporalAccessor t) return t.toString();
        if (v instanceof java.util.Date d) return d.toInstant().toString();
        return v;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Carries a SQLException out of the feature callback. */
    private static final class SqlFailure extends RuntimeException {
        final SQLException sql;

        SqlFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
