package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** The rows of those ids that exist, by id: one statement instead of one per feature. */
    Map<Long, Row> getAll(Collection<Long> ids) throws SQLException {
        Map<Long, Row> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        // the ids as a table joined on the key: an index lookup per id, whatever H2 makes of ANY(?)
        try (PreparedStatement ps = c.prepareStatement(select() + " JOIN TABLE(ONEMAP_K BIGINT = ?) K ON \"ID\" = K.ONEMAP_K")) {
            ps.setObject(1, ids.toArray(new Long[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = read(rs);
                    out.put(Long.parseLong(r.feature().id()), r);
                }
            }
        }
        return out;
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
        return insertAll(List.of(row))[0];
    }

    /** Inserts pulled rows through one prepared statement; returns the local ids the workspace gave them, in order. */
    long[] insertAll(List<Row> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        if (rows.isEmpty()) return ids;
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
            for (int k = 0; k < ids.length; k++) {
                bindRow(ps, rows.get(k));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids[k] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Overwrites a row with pulled content, version and stamps. */
    void update(long id, Row row) throws SQLException {
        updateAll(Map.of(id, row), true);
    }

    /**
     * Overwrites rows (local id → pulled row) in one JDBC batch of one prepared statement. Without
     * {@code geometry} the rows keep their geometries: for pulled changes of attributes only, as writing
     * an unchanged geometry still costs a spatial index update (most of an update's time).
     */
    void updateAll(Map<Long, Row> rows, boolean geometry) throws SQLException {
        if (rows.isEmpty()) return;
        StringBuilder set = new StringBuilder(geometry ? "\"GEOM\" = ?, " : "");
        for (FieldDef f : schema.fields()) set.append(q(f.name())).append(" = ?, ");
        set.append("\"VERSION\" = ?, \"UPDATED_AT\" = ?, \"UPDATED_BY\" = ?");
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE \"ID\" = ?")) {
            for (var e : rows.entrySet()) {
                int i = bindRow(ps, e.getValue(), geometry);
                ps.setLong(i, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets only the versions (local id → version), in one batch: both sides hold the same content, they agree on the version. */
    void setVersions(Map<Long, Long> versions) throws SQLException {
        if (versions.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET \"VERSION\" = ? WHERE \"ID\" = ?")) {
            for (var e : versions.entrySet()) {
                ps.setLong(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void delete(long id) throws SQLException {
        deleteAll(List.of(id));
    }

    /** Deletes rows in one batch. */
    void deleteAll(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE \"ID\" = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private int bindRow(PreparedStatement ps, Row row) throws SQLException {
        return bindRow(ps, row, true);
    }

    private int bindRow(PreparedStatement ps, Row row, boolean geometry) throws SQLException {
        int i = 1;
        if (geometry) {
            Geometry g = row.feature().geometry();
            if (g != null) g.setSRID(LayerSchema.WGS84);
            ps.setObject(i++, g);
        }
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
