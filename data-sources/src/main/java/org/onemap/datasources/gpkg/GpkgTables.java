package org.onemap.datasources.gpkg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * DDL of a GeoPackage 1.2 (OGC 12-128r18): the required metadata tables, the WGS 84 and undefined
 * SRS rows, the extensions table, and per feature table the R-tree index with the spec's triggers
 * (Annex F.3) so GDAL/QGIS find an index they trust. Public because the layer export of data-import
 * writes its files through it too: one place knows the GeoPackage DDL.
 */
public final class GpkgTables {
    /** The key and geometry column names of the feature tables OneMap writes. */
    public static final String ID_COLUMN = "fid";
    public static final String GEOMETRY_COLUMN = "geom";
    static final int APPLICATION_ID = 0x47504B47; // "GPKG"
    static final int USER_VERSION = 10200;
    static final String RTREE_EXTENSION = "gpkg_rtree_index";
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private static final String EXTENSIONS_DDL = "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            + "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
            + "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))";

    private GpkgTables() {}

    /** Makes an empty SQLite file a GeoPackage. */
    public static void createCore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + USER_VERSION);
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, "
                    + "organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84_WKT
                    + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                    + "description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, "
                    + "srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            s.execute(EXTENSIONS_DDL);
        }
    }

    /**
     * Creates the feature table of {@code schema} ({@value #ID_COLUMN} key, {@value #GEOMETRY_COLUMN} column,
     * the fields) and registers it in {@code gpkg_contents} and {@code gpkg_geometry_columns} with the schema's SRID.
     * No R-tree: see {@link #createRtree}.
     */
    public static void createFeatureTable(Connection c, LayerSchema schema) throws SQLException {
        String type = schema.geometryType().name(); // POINT, MULTIPOLYGON … GEOMETRY: the GeoPackage names in upper case
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(schema.name())).append(" (").append(ID_COLUMN)
                .append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ").append(GEOMETRY_COLUMN).append(' ').append(type);
        for (FieldDef d : schema.fields()) {
            if (d.name().equalsIgnoreCase(ID_COLUMN) || d.name().equalsIgnoreCase(GEOMETRY_COLUMN)) {
                throw new DataSourceException("field " + d.name() + " clashes with the GeoPackage key/geometry column name");
            }
            ddl.append(", ").append(quote(d.name())).append(' ').append(GpkgColumns.sqlType(d));
        }
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                + "VALUES (?, 'features', ?, '', ?)")) {
            ps.setString(1, schema.name());
            ps.setString(2, schema.name());
            ps.setInt(3, schema.srid());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)")) {
            ps.setString(1, schema.name());
            ps.setString(2, GEOMETRY_COLUMN);
            ps.setString(3, type);
            ps.setInt(4, schema.srid());
            ps.executeUpdate();
        }
    }

    /** {@code INSERT INTO table (columns…) VALUES (?, …)}, the names quoted. */
    public static String insert(String table, List<String> columns) {
        return "INSERT INTO " + quote(table) + " (" + String.join(", ", columns.stream().map(GpkgTables::quote).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** Widens the extent {@code gpkg_contents} records for {@code table} to cover {@code e} and stamps last_change. */
    public static void widenExtent(Connection c, String table, Envelope e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET "
                + "min_x = MIN(COALESCE(min_x, ?1), ?1), max_x = MAX(COALESCE(max_x, ?2), ?2), "
                + "min_y = MIN(COALESCE(min_y, ?3), ?3), max_y = MAX(COALESCE(max_y, ?4), ?4), "
                + "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?5")) {
            ps.setDouble(1, e.getMinX());
            ps.setDouble(2, e.getMaxX());
            ps.setDouble(3, e.getMinY());
            ps.setDouble(4, e.getMaxY());
            ps.setString(5, table);
            ps.executeUpdate();
        }
    }

    /**
     * Creates the R-tree of {@code table.geom}, fills it from existing rows and installs the triggers. The
     * connection must have {@link GpkgFunctions#register} run on it: the fill and the triggers call ST_MinX ….
     */
    public static void createRtree(Connection c, String table, String idColumn, String geomColumn) throws SQLException {
        String t = quote(table);
        String rt = quote("rtree_" + table + "_" + geomColumn);
        String i = quote(idColumn);
        String g = quote(geomColumn);
        String trg = "rtree_" + table + "_" + geomColumn;
        String values = "VALUES (NEW." + i + ", ST_MinX(NEW." + g + "), ST_MaxX(NEW." + g + "), ST_MinY(NEW." + g + "), ST_MaxY(NEW." + g + "))";
        try (Statement s = c.createStatement()) {
            s.execute(EXTENSIONS_DDL);
            s.execute("CREATE VIRTUAL TABLE " + rt + " USING rtree(id, minx, maxx, miny, maxy)");
            s.execute("INSERT OR REPLACE INTO " + rt + " SELECT " + i + ", ST_MinX(" + g + "), ST_MaxX(" + g + "), ST_MinY(" + g + "), ST_MaxY(" + g + ") FROM "
                    + t + " WHERE " + g + " NOT NULL AND NOT ST_IsEmpty(" + g + ")");
            s.execute("CREATE TRIGGER " + quote(trg + "_insert") + " AFTER INSERT ON " + t
                    + " WHEN (NEW." + g + " NOT NULL AND NOT ST_IsEmpty(NEW." + g + ")) BEGIN INSERT OR REPLACE INTO " + rt + " " + values + "; END");
            s.execute("CREATE TRIGGER " + quote(trg + "_update1") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g + "))"
                    + " BEGIN INSERT OR REPLACE INTO " + rt + " " + values + "; END");
            s.execute("CREATE TRIGGER " + quote(trg + "_update2") + " AFTER UPDATE OF " + g + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g + "))"
                    + " BEGIN DELETE FROM " + rt + " WHERE id = OLD." + i + "; END");
            s.execute("CREATE TRIGGER " + quote(trg + "_update3") + " AFTER UPDATE ON " + t
                    + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + g + " NOTNULL AND NOT ST_IsEmpty(NEW." + g + "))"
                    + " BEGIN DELETE FROM " + rt + " WHERE id = OLD." + i + "; INSERT OR REPLACE INTO " + rt + " " + values + "; END");
            s.execute("CREATE TRIGGER " + quote(trg + "_update4") + " AFTER UPDATE ON " + t
                    + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + g + " ISNULL OR ST_IsEmpty(NEW." + g + "))"
                    + " BEGIN DELETE FROM " + rt + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
            s.execute("CREATE TRIGGER " + quote(trg + "_delete") + " AFTER DELETE ON " + t
                    + " WHEN OLD." + g + " NOT NULL BEGIN DELETE FROM " + rt + " WHERE id = OLD." + i + "; END");
        }
        try (var ps = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, ?, '" + RTREE_EXTENSION
                + "', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            ps.setString(1, table);
            ps.setString(2, geomColumn);
            ps.executeUpdate();
        }
    }

    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
