package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.onemap.datasources.postgis.PostgisValues;

/**
 * One PostGIS layer as the sync engine reads and writes it, in a transaction whose writes keep the
 * versions and stamps they set ({@link PostgisDatabase#keepGivenVersions}). Updates and deletes name
 * the version they expect, so a concurrent edit on the server is detected, never overwritten.
 */
final class RemoteRows {
    private final Connection c;
    private final LayerSchema schema;
    private final String table;
    private final String log;

    RemoteRows(Connection c, String dbSchema, LayerSchema schema) {
        this.c = c;
        this.schema = schema;
        this.table = dbSchema + "." + schema.name();
        this.log = PostgisDatabase.changeLog(dbSchema, schema.name());
    }

    Row get(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PostgisValues.selectList(schema) + " FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** The rows of those ids that exist, by id: one round trip instead of one per feature. */
    Map<String, Row> getAll(Collection<String> ids) throws SQLException {
        Map<String, Row> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PostgisValues.selectList(schema) + " FROM " + table + " WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = read(rs);
                    out.put(r.feature().id(), r);
                }
            }
        }
        return out;
    }

    void forEach(Row.Sink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PostgisValues.selectList(schema) + " FROM " + table + " ORDER BY id")) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(read(rs));
            }
        }
    }

    private Row read(ResultSet rs) throws SQLException {
        Feature f = PostgisValues.read(rs, schema);
        PostgisValues.Stamp s = PostgisValues.stamp(rs, schema);
        return new Row(f, s.at(), s.by());
    }

    void insert(String id, Row row) throws SQLException {
        insertAll(List.of(Map.entry(id, row)));
    }

    /** Inserts rows (remote id → row) in one batch. */
    void insertAll(List<Map.Entry<String, Row>> rows) throws SQLException {
        if (rows.isEmpty()) return;
        StringBuilder cols = new StringBuilder("id, geom");
        StringBuilder vals = new StringBuilder("?, ST_GeomFromWKB(?, 4326)");
        for (FieldDef f : schema.fields()) {
            cols.append(", ").append(PostgisValues.quote(f.name()));
            vals.append(", ?");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(" + cols + ", version, updated_at, updated_by) VALUES ("
                + vals + ", ?, ?, ?)")) {
            for (var e : rows) {
                ps.setString(1, e.getKey());
                bindRow(ps, 2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes the row if the server still has {@code expectedVersion}; false when someone changed or deleted it. */
    boolean update(String id, Row row, long expectedVersion) throws SQLException {
        return updateAll(List.of(new Write(id, row, expectedVersion)))[0];
    }

    /** A write that expects the server to still have {@code expectedVersion} of {@code id}. */
    record Write(String id, Row row, long expectedVersion) {}

    /** Updates in one batch; per write, false when the server no longer had the expected version. */
    boolean[] updateAll(List<Write> writes) throws SQLException {
        boolean[] ok = new boolean[writes.size()];
        if (writes.isEmpty()) return ok;
        StringBuilder set = new StringBuilder("geom = ST_GeomFromWKB(?, 4326)");
        for (FieldDef f : schema.fields()) set.append(", ").append(PostgisValues.quote(f.name())).append(" = ?");
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set
                + ", version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")) {
            for (Write w : writes) {
                int i = bindRow(ps, 1, w.row());
                ps.setString(i++, w.id());
                ps.setLong(i, w.expectedVersion());
                ps.addBatch();
            }
            int[] n = ps.executeBatch();
            for (int k = 0; k < n.length; k++) ok[k] = n[k] == 1;
        }
        return ok;
    }

    /** Deletes the row if the server still has {@code expectedVersion}. */
    boolean delete(String id, long expectedVersion) throws SQLException {
        return deleteAll(List.of(new Write(id, null, expectedVersion)))[0];
    }

    /** Deletes in one batch; per write, false when the server no longer had the expected version. */
    boolean[] deleteAll(List<Write> writes) throws SQLException {
        boolean[] ok = new boolean[writes.size()];
        if (writes.isEmpty()) return ok;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
            for (Write w : writes) {
                ps.setString(1, w.id());
                ps.setLong(2, w.expectedVersion());
                ps.addBatch();
            }
            int[] n = ps.executeBatch();
            for (int k = 0; k < n.length; k++) ok[k] = n[k] == 1;
        }
        return ok;
    }

    private int bindRow(PreparedStatement ps, int i, Row row) throws SQLException {
        PostgisValues.bindGeometry(ps, i++, row.feature().geometry());
        for (FieldDef f : schema.fields()) PostgisValues.bind(ps, i++, row.feature().get(f.name()), f.type());
        ps.setLong(i++, row.version());
        ps.setObject(i++, row.updatedAt() == null ? OffsetDateTime.now() : OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC));
        ps.setString(i++, row.updatedBy());
        return i;
    }

    /**
     * Ids (with the version their first entry in range inserted, -1 if it was no insert) of features changed by transactions with ids from {@code fromTxid} on that this transaction's
     * snapshot sees (committed ones). Read in the same REPEATABLE READ snapshot as {@link #horizon}: a
     * change not visible yet belongs to a transaction at or above the horizon, where the next pull starts;
     * changes above the horizon that were visible are read again then, which is harmless (same version).
     */
    Map<String, Long> changedSince(long fromTxid) throws SQLException {
        // id → the version its first entry in range inserted, or -1 when that entry is not an insert
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT feature_id, op, version FROM " + log + " WHERE txid >= ? ORDER BY seq")) {
            ps.setLong(1, fromTxid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.putIfAbsent(rs.getString(1), "insert".equals(rs.getString(2)) ? rs.getLong(3) : -1L);
            }
        }
        return out;
    }

    /** The oldest transaction id still running: every change below it is committed (or rolled back) and visible. */
    static long horizon(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
