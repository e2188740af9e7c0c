package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.datasources.jdbc.AttributeColumns;

/**
 * One workspace layer as the sync engine reads and writes it, on a sync session (whose updates keep
 * the versions and stamps they set). Workspace tables and columns are upper-case identifiers.
 */
final class LocalRows {
    private final Connection c;
    private final LayerSchema schema;
    private final String table;

    LocalRows(Connection c, LayerSchema schema) {
        this.c = c;
        this.schema = schema;
        this.table = q(schema.name());
    }

    LayerSchema schema() { return schema; }

    private String select() {
        StringBuilder sb = new StringBuilder("SELECT \"ID\", \"GEOM\"");
        for (FieldDef f : schema.fields()) sb.append(", ").append(q(f.name()));
        return sb.append(", \"VERSION\", \"UPDATED_AT\", \"UPDATED_BY\" FROM ").append(table).toString();
    }

    Row get(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select() + " WHERE \"ID\" = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    void forEach(Row.Sink sink) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select() + " ORDER BY \"ID\"")) {
            while (rs.next()) sink.accept(read(rs));
        }
    }

    private Row read(ResultSet rs) throws SQLException {
        Map<String, Object> attrs = AttributeColumns.read(rs, schema.fields(), 3);
        int i = 3 + schema.fields().size();
        Feature feature = new Feature(Long.toString(rs.getLong(1)), (Geometry) rs.getObject(2), attrs, rs.getLong(i));
        return new Row(feature, AttributeColumns.instant(rs, i + 1), rs.getString(i + 2));
    }

    /** Inserts a pulled row with its version and stamps; returns the local id the workspace gave it. */
    long insert(Row row) throws SQLException {
        StringBuilder cols = new StringBuilder("\"GEOM\"");
        StringBuilder vals = new StringBuilder("?");
        for (FieldDef f : schema.fields()) {
            cols.append(", ").append(q(f.name()));
            vals.append(", ?");
        }
        cols.append(", \"VERSION\", \"UPDATED_AT\", \"UPDATED_BY\"");
        vals.append(", ?, ?, ?");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(" + cols + ") VALUES (" + vals + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            bindRow(ps, row);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Overwrites a row with pulled content, version and stamps. */
    void update(long id, Row row) throws SQLException {
        StringBuilder set = new StringBuilder("\"GEOM\" = ?");
        for (FieldDef f : schema.fields()) set.append(", ").append(q(f.name())).append(" = ?");
        set.append(", \"VERSION\" = ?, \"UPDATED_AT\" = ?, \"UPDATED_BY\" = ?");
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE \"ID\" = ?")) {
            int i = bindRow(ps, row);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** Sets only the version (after a push, so both sides agree on it). */
    void setVersion(long id, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET \"VERSION\" = ? WHERE \"ID\" = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE \"ID\" = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private int bindRow(PreparedStatement ps, Row row) throws SQLException {
        int i = 1;
        Geometry g = row.feature().geometry();
        if (g != null) g.setSRID(LayerSchema.WGS84);
        ps.setObject(i++, g);
        for (FieldDef f : schema.fields()) {
            Object v = row.feature().get(f.name());
            ps.setObject(i++, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
        }
        ps.setLong(i++, row.version());
        ps.setObject(i++, row.updatedAt() == null ? OffsetDateTime.now() : OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC));
        ps.setString(i++, row.updatedBy());
        return i;
    }

    /** Ids of features of {@code layer} written since audit sequence {@code afterSeq}, up to {@code uptoSeq}. */
    static Set<Long> changedSince(Connection c, String layer, long afterSeq, long uptoSeq) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT FEATURE_ID FROM ONEMAP_AUDIT WHERE LAYER = ? AND SEQ > ? "
                + "AND SEQ <= ? AND FEATURE_ID IS NOT NULL")) {
            ps.setString(1, layer);
            ps.setLong(2, afterSeq);
            ps.setLong(3, uptoSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(Long.parseLong(rs.getString(1)));
                    } catch (NumberFormatException ignored) {
                        // not a workspace row id (a summary record): nothing to push
                    }
                }
            }
        }
        return out;
    }

    static long lastAuditSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(SEQ), 0) FROM ONEMAP_AUDIT")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String q(String name) {
        return '"' + name.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }
}
