package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onemap.datasources.jdbc.AttributeColumns;

/**
 * What the workspace remembers about its remote, in its own tables (committed together with the changes
 * they describe, which makes a sync resumable): {@code onemap_sync} (remote address, this replica's node
 * id, the audit sequence pushed so far), {@code onemap_sync_layer} (per linked layer, the PostGIS
 * transaction id pulled up to), {@code onemap_sync_feature} (local id ⇄ remote id and the version both
 * sides had at the last sync) and {@code onemap_sync_conflict} (features changed on both sides).
 */
final class SyncState {
    /** A synced feature: ids on both sides and the version both had at the last sync. */
    record Link(String layer, long localId, String remoteId, long baseVersion) {}

    private final Connection c;

    SyncState(Connection c) {
        this.c = c;
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_SYNC(NAME VARCHAR(63) PRIMARY KEY, VAL VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_SYNC_LAYER(LAYER VARCHAR(63) PRIMARY KEY, PULLED_TXID BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_SYNC_FEATURE(LAYER VARCHAR(63) NOT NULL, LOCAL_ID BIGINT NOT NULL, "
                    + "REMOTE_ID VARCHAR NOT NULL, BASE_VERSION BIGINT NOT NULL, PRIMARY KEY (LAYER, LOCAL_ID), UNIQUE (LAYER, REMOTE_ID))");
            s.execute("CREATE TABLE IF NOT EXISTS ONEMAP_SYNC_CONFLICT(LAYER VARCHAR(63) NOT NULL, REMOTE_ID VARCHAR NOT NULL, "
                    + "LOCAL_ID BIGINT, LOCAL_VERSION BIGINT, REMOTE_VERSION BIGINT, DETECTED_AT TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "PRIMARY KEY (LAYER, REMOTE_ID))");
        }
    }

    String get(String name) throws SQLException {
        return first("SELECT VAL FROM ONEMAP_SYNC WHERE NAME = ?", rs -> rs.getString(1), name);
    }

    void put(String name, String value) throws SQLException {
        update("MERGE INTO ONEMAP_SYNC(NAME, VAL) KEY (NAME) VALUES (?, ?)", name, value);
    }

    /** This replica's node id, made on first use: the prefix of the remote ids of features created here. */
    String node() throws SQLException {
        String n = get("node");
        if (n == null) {
            n = UUID.randomUUID().toString().substring(0, 8);
            put("node", n);
        }
        return n;
    }

    long pushedSeq() throws SQLException {
        String v = get("pushed_seq");
        return v == null ? 0 : Long.parseLong(v);
    }

    /** The PostGIS transaction id a layer was pulled up to, or null when the layer is not linked. */
    Long pulledTxid(String layer) throws SQLException {
        return first("SELECT PULLED_TXID FROM ONEMAP_SYNC_LAYER WHERE LAYER = ?", rs -> rs.getLong(1), layer);
    }

    void setPulledTxid(String layer, long txid) throws SQLException {
        update("MERGE INTO ONEMAP_SYNC_LAYER(LAYER, PULLED_TXID) KEY (LAYER) VALUES (?, ?)", layer, txid);
    }

    List<String> linkedLayers() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT LAYER FROM ONEMAP_SYNC_LAYER ORDER BY LAYER")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    Link byLocal(String layer, long localId) throws SQLException {
        return link("LOCAL_ID = ?", layer, localId);
    }

    private Link link(String cond, String layer, Object key) throws SQLException {
        return first("SELECT LOCAL_ID, REMOTE_ID, BASE_VERSION FROM ONEMAP_SYNC_FEATURE WHERE LAYER = ? AND " + cond,
                rs -> new Link(layer, rs.getLong(1), rs.getString(2), rs.getLong(3)), layer, key);
    }

    /** The links of those local ids that have one, by local id: one statement for a batch of features. */
    Map<Long, Link> linksByLocal(String layer, Collection<Long> localIds) throws SQLException {
        Map<Long, Link> out = new HashMap<>();
        links("LOCAL_ID", "BIGINT", layer, localIds.toArray(new Long[0]), l -> out.put(l.localId(), l));
        return out;
    }

    /** The links of those remote ids that have one, by remote id. */
    Map<String, Link> linksByRemote(String layer, Collection<String> remoteIds) throws SQLException {
        Map<String, Link> out = new HashMap<>();
        links("REMOTE_ID", "VARCHAR", layer, remoteIds.toArray(new String[0]), l -> out.put(l.remoteId(), l));
        return out;
    }

    /**
     * Links whose {@code column} is one of {@code keys}: the keys as a table joined to the link table, so H2
     * looks each up in the (layer, column) index ({@code LAYER = ? AND column = ANY(?)} scans the table).
     */
    private void links(String column, String type, String layer, Object[] keys, java.util.function.Consumer<Link> sink) throws SQLException {
        if (keys.length == 0) return;
        try (PreparedStatement ps = prepare("SELECT F.LOCAL_ID, F.REMOTE_ID, F.BASE_VERSION FROM TABLE(ONEMAP_K " + type + " = ?) K "
                + "JOIN ONEMAP_SYNC_FEATURE F ON F.LAYER = ? AND F." + column + " = K.ONEMAP_K", keys, layer); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) sink.accept(new Link(layer, rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
    }

    /** The remote ids of a layer's open conflicts (few: read once per step instead of asked per feature). */
    Set<String> conflictIds(String layer) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = prepare("SELECT REMOTE_ID FROM ONEMAP_SYNC_CONFLICT WHERE LAYER = ?", layer); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Link, unlink and conflict writes of one layer, collected and written by {@link Writes#flush} in JDBC batches. */
    Writes writes(String layer) { return new Writes(layer); }

    /**
     * Sync-state writes of a batch of features. Only the last write per feature counts (as if each had been
     * written at once): unlinks go first, then links and conflicts, each one prepared statement.
     */
    final class Writes {
        private final String layer;
        private final Map<Long, Link> links = new LinkedHashMap<>(); // local id → link, null to unlink
        private final Map<String, Object[]> conflicts = new LinkedHashMap<>();

        private Writes(String layer) {
            this.layer = layer;
        }

        void link(long localId, String remoteId, long baseVersion) {
            links.put(localId, new Link(layer, localId, remoteId, baseVersion));
        }

        void unlink(long localId) {
            links.put(localId, null);
        }

        /** True when this batch links or unlinks {@code localId}; {@link #pending} then tells the link it will have. */
        boolean touches(long localId) { return links.containsKey(localId); }

        Link pending(long localId) { return links.get(localId); }

        void conflict(String remoteId, Long localId, Long localVersion, Long remoteVersion) {
            conflicts.put(remoteId, new Object[] {layer, remoteId, localId, localVersion, remoteVersion, OffsetDateTime.now()});
        }

        void flush() throws SQLException {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM ONEMAP_SYNC_FEATURE WHERE LAYER = ? AND LOCAL_ID = ?");
                 PreparedStatement merge = c.prepareStatement(LINK_SQL)) {
                for (var e : links.entrySet()) {
                    if (e.getValue() != null) continue;
                    del.setString(1, layer);
                    del.setLong(2, e.getKey());
                    del.addBatch();
                }
                del.executeBatch();
                for (Link l : links.values()) {
                    if (l == null) continue;
                    merge.setString(1, layer);
                    merge.setLong(2, l.localId());
                    merge.setString(3, l.remoteId());
                    merge.setLong(4, l.baseVersion());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            if (!conflicts.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(CONFLICT_SQL)) {
                    for (Object[] row : conflicts.values()) {
                        for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            links.clear();
            conflicts.clear();
        }
    }

    private static final String LINK_SQL = "MERGE INTO ONEMAP_SYNC_FEATURE(LAYER, LOCAL_ID, REMOTE_ID, BASE_VERSION) KEY (LAYER, LOCAL_ID) "
            + "VALUES (?, ?, ?, ?)";
    private static final String CONFLICT_SQL = "MERGE INTO ONEMAP_SYNC_CONFLICT(LAYER, REMOTE_ID, LOCAL_ID, LOCAL_VERSION, REMOTE_VERSION, "
            + "DETECTED_AT) KEY (LAYER, REMOTE_ID) VALUES (?, ?, ?, ?, ?, ?)";

    void link(String layer, long localId, String remoteId, long baseVersion) throws SQLException {
        update(LINK_SQL, layer, localId, remoteId, baseVersion);
    }

    void unlink(String layer, long localId) throws SQLException {
        update("DELETE FROM ONEMAP_SYNC_FEATURE WHERE LAYER = ? AND LOCAL_ID = ?", layer, localId);
    }

    /** Records (or refreshes) a conflict; the local row is left as it is. */
    void conflict(String layer, String remoteId, Long localId, Long localVersion, Long remoteVersion) throws SQLException {
        update(CONFLICT_SQL, layer, remoteId, localId, localVersion, remoteVersion, OffsetDateTime.now());
    }

    boolean inConflict(String layer, String remoteId) throws SQLException {
        return first("SELECT 1 FROM ONEMAP_SYNC_CONFLICT WHERE LAYER = ? AND REMOTE_ID = ?", rs -> Boolean.TRUE, layer, remoteId) != null;
    }

    void resolved(String layer, String remoteId) throws SQLException {
        update("DELETE FROM ONEMAP_SYNC_CONFLICT WHERE LAYER = ? AND REMOTE_ID = ?", layer, remoteId);
    }

    List<Conflict> conflicts() throws SQLException {
        List<Conflict> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT LAYER, REMOTE_ID, LOCAL_ID, LOCAL_VERSION, "
                + "REMOTE_VERSION, DETECTED_AT FROM ONEMAP_SYNC_CONFLICT ORDER BY LAYER, DETECTED_AT, REMOTE_ID")) {
            while (rs.next()) {
                Instant at = AttributeColumns.instant(rs, 6);
                out.add(new Conflict(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class), at == null ? Instant.EPOCH : at));
            }
        }
        return out;
    }

    /** Reads the current row of a result set. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row of a query with positional parameters, read by {@code reader}; null when there is none. */
    private <T> T first(String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? reader.read(rs) : null;
        }
    }

    /** Runs a MERGE or DELETE with positional parameters (nulls bind as SQL NULL). */
    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
