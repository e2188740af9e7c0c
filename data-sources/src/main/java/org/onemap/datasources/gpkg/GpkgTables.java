package org.onemap.datasources.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DDL of a GeoPackage 1.2 (OGC 12-128r18): the required metadata tables, the WGS 84 and undefined
 * SRS rows, the extensions table, and per feature table the R-tree index with the spec's triggers
 * (Annex F.3) so GDAL/QGIS find an index they trust.
 */
final class GpkgTables {
    static final int APPLICATION_ID = 0x47504B47; // "GPKG"
    static final int USER_VERSION = 10200;
    static final String RTREE_EXTENSION = "gpkg_rtree_index";
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private GpkgTables() {}

    /** Makes an empty SQLite file a GeoPackage. */
    static void createCore(Connection c) throws SQLException {
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
            s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
        }
    }

    /** Creates the R-tree of {@code table.geom}, fills it from existing rows and installs the triggers. */
    static void createRtree(Connection c, String table, String idColumn, String geomColumn) throws SQLException {
        String t = quote(table);
        String rt = quote("rtree_" + table + "_" + geomColumn);
        String i = quote(idColumn);
        String g = quote(geomColumn);
        String trg = "rtree_" + table + "_" + geomColumn;
        String values = "VALUES (NEW." + i + ", ST_MinX(NEW." + g + "), ST_MaxX(NEW." + g + "), ST_MinY(NEW." + g + "), ST_MaxY(NEW." + g + "))";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
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

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
