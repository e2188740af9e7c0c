package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.core.feature.GeometryKind;

/**
 * The workspace's own tables: {@code onemap_layer}, the catalog of layers in display order, and
 * {@code onemap_audit}, the append-only log of every feature change.
 */
final class WorkspaceCatalog {
    /** One catalog row whose table exists. */
    record Entry(String name, String title, GeometryKind geometryType, int srid, String table) {}

    private static final String ENTRY_SELECT = "SELECT L.NAME, L.TITLE, L.GEOMETRY_TYPE, L.SRID, T.TABLE_NAME FROM ONEMAP_LAYER L "
            + "JOIN INFORMATION_SCHEMA.TABLES T ON T.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_NAME = UPPER(L.NAME) ";

    private WorkspaceCatalog() {}

    static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'ONEMAP_LAYER'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Creates the catalog and audit tables where missing (a workspace interrupted while being created). */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_LAYER(NAME VARCHAR(63) PRIMARY KEY, TITLE VARCHAR, "
                    + "GEOMETRY_TYPE VARCHAR(32) NOT NULL, SRID INTEGER NOT NULL, POSITION INTEGER NOT NULL, "
                    + "CREATED_AT TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_AUDIT(SEQ BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "LAYER VARCHAR(63) NOT NULL, FEATURE_ID VARCHAR, OP VARCHAR(6) NOT NULL "
                    + "CHECK (OP IN ('insert', 'update', 'delete')), USER_NAME VARCHAR, AT TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "BEFORE_JSON VARCHAR, AFTER_JSON VARCHAR)"); // not CLOB: H2 moves CLOBs over 256 chars out of the row, which doubled bulk-load time
            // history of one feature (undo, "who changed this parcel") without scanning the whole log
            s.execute("CREATE INDEX IF NOT EXISTS ONEMAP_AUDIT_FEATURE ON ONEMAP_AUDIT(LAYER, FEATURE_ID)");
        }
    }

    /** The layers in catalog order; rows whose table was dropped with SQL are skipped. */
    static List<Entry> entries(Connection c) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENTRY_SELECT + "ORDER BY L.POSITION, L.NAME");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(entry(rs));
        }
        return out;
    }

    /** The catalog entry of a layer (name compared case-insensitively), or null. */
    static Entry entry(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ENTRY_SELECT + "WHERE L.NAME = ?")) {
            ps.setString(1, name.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? entry(rs) : null;
            }
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), GeometryKind.parse(rs.getString(3)), rs.getInt(4), rs.getString(5));
    }

    /** The layer as stored now (columns re-read, so SQL schema changes are seen), or null. */
    static LayerTable describe(Connection c, String name) throws SQLException {
        Entry e = entry(c, name);
        if (e == null) return null;
        return LayerTable.of(e.name(), e.geometryType(), e.srid(), e.table(), TableColumns.read(c, "PUBLIC", e.table()));
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    static void add(Connection c, String name, GeometryKind kind, int srid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ONEMAP_LAYER(NAME, TITLE, GEOMETRY_TYPE, SRID, POSITION) "
                + "SELECT ?, ?, ?, ?, COALESCE(MAX(POSITION), 0) + 1 FROM ONEMAP_LAYER")) {
            ps.setString(1, name);
            ps.setString(2, name);
            ps.setString(3, kind.name());
            ps.setInt(4, srid);
            ps.executeUpdate();
        }
    }

    static void remove(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ONEMAP_LAYER WHERE NAME = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }
}
