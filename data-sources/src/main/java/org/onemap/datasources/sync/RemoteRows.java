package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onemap.core.feature.Feature;
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
    private final RemoteStage stage;

    RemoteRows(Connection c, String dbSchema, LayerSchema schema) {
        this.c = c;
        this.schema = schema;
        this.table = dbSchema + "." + schema.name();
        this.log = PostgisDatabase.changeLog(dbSchema, schema.name());
        this.stage = new RemoteStage(c, table, schema);
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

    /** Inserts rows (remote id → row) with one COPY and one INSERT; an id the server already has is an error. */
    void insertAll(List<Map.Entry<String, Row>> rows) throws SQLException {
        if (rows.isEmpty()) return;
        stage.load(rows.stream().map(e -> new Write(e.getKey(), e.getValue(), 0)).toList());
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + table + "(" + stage.columns() + ") SELECT " + stage.values() + " FROM " + stage.name() + " s");
        }
    }

    /**
     * Inserts the rows whose ids the server does not have yet (one COPY, one INSERT … ON CONFLICT DO
     * NOTHING); returns the ids inserted.
     */
    Set<String> insertNew(List<Map.Entry<String, Row>> rows) throws SQLException {
        if (rows.isEmpty()) return Set.of();
        stage.load(rows.stream().map(e -> new Write(e.getKey(), e.getValue(), 0)).toList());
        return ids("INSERT INTO " + table + "(" + stage.columns() + ") SELECT " + stage.values() + " FROM " + stage.name()
                + " s ON CONFLICT (id) DO NOTHING RETURNING id", null);
    }

    /** Writes the row if the server still has {@code expectedVersion}; false when someone changed or deleted it. */
    boolean update(String id, Row row, long expectedVersion) throws SQLException {
        return updateAll(List.of(new Write(id, row, expectedVersion)))[0];
    }

    /** A write that expects the server to still have {@code expectedVersion} of {@code id}. */
    record Write(String id, Row row, long expectedVersion) {}

    /**
     * Updates with one COPY and one {@code UPDATE … FROM} the staged rows; per write, false when the server
     * no longer had the expected version (the version check is part of the join, so a concurrent edit is
     * never overwritten).
     */
    boolean[] updateAll(List<Write> writes) throws SQLException {
        if (writes.isEmpty()) return new boolean[0];
        stage.load(writes);
        Set<String> done = ids("UPDATE " + table + " t SET " + stage.assignments() + " FROM " + stage.name() + " s WHERE t.id = s.id AND t.version = s."
                + RemoteStage.EXPECTED + " RETURNING t.id", null);
        return matched(writes, done);
    }

    /** Deletes the row if the server still has {@code expectedVersion}. */
    boolean delete(String id, long expectedVersion) throws SQLException {
        return deleteAll(List.of(new Write(id, null, expectedVersion)))[0];
    }

    /** Deletes with one statement over arrays of ids and versions; per write, false when the server no longer had the expected version. */
    boolean[] deleteAll(List<Write> writes) throws SQLException {
        if (writes.isEmpty()) return new boolean[0];
        Set<String> done = ids("DELETE FROM " + table + " t USING unnest(?::text[], ?::bigint[]) AS d(id, version) "
                + "WHERE t.id = d.id AND t.version = d.version RETURNING t.id", ps -> {
                    ps.setArray(1, c.createArrayOf("text", writes.stream().map(Write::id).toArray()));
                    ps.setArray(2, c.createArrayOf("bigint", writes.stream().map(Write::expectedVersion).toArray()));
                });
        return matched(writes, done);
    }

    private static boolean[] matched(List<Write> writes, Set<String> done) {
        boolean[] ok = new boolean[writes.size()];
        for (int k = 0; k < ok.length; k++) ok[k] = done.contains(writes.get(k).id());
        return ok;
    }

    /** Binds parameters of a statement. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs a statement {@code … RETURNING id}; the ids it returned. */
    private Set<String> ids(String sql, Binder binder) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (binder != null) binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
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
