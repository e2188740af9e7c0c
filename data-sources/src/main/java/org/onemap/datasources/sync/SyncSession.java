package org.onemap.datasources.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.PostgisDatabase;

/**
 * The two connections of one sync run (workspace sync session, server session), both with autocommit
 * off. Each step commits the server first and then the workspace, whose sync state records what was
 * done: a failure between the two is repaired by the next run (see {@link PullStep}).
 */
final class SyncSession implements AutoCloseable {
    final H2gisWorkspace workspace;
    final PostgisDatabase server;
    final Connection local;
    final Connection remote;
    final SyncState state;
    private String node;

    SyncSession(H2gisWorkspace workspace, PostgisDatabase server) throws SQLException {
        this.workspace = workspace;
        this.server = server;
        this.remote = server.connection();
        Connection l = null;
        try {
            l = workspace.syncConnection();
            SyncState.create(l);
            l.setAutoCommit(false);
            remote.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            if (l != null) l.close();
            remote.close();
            throw e;
        }
        this.local = l;
        this.state = new SyncState(l);
    }

    String schema() { return server.schema(); }

    LocalRows localRows(LayerSchema s) { return new LocalRows(local, s); }

    RemoteRows remoteRows(LayerSchema s) { return new RemoteRows(remote, schema(), s); }

    /**
     * The layer's fields as both sides have them: a field added on one side only (with SQL) is neither
     * sent nor overwritten with nulls, it stays on its side until added to the other.
     */
    LayerSchema common(String layer) throws SQLException {
        LayerSchema local = workspace.layer(layer).schema();
        LayerSchema remote = PostgisDatabase.describe(this.remote, schema(), layer);
        if (remote == null) throw new org.onemap.core.spi.DataSourceException("layer " + layer + " is gone from " + server.address().url());
        List<FieldDef> both = local.fields().stream().filter(f -> remote.field(f.name()).isPresent()).toList();
        return new LayerSchema(local.name(), local.geometryType(), local.srid(), both);
    }

    /** Starts a server transaction that reads one snapshot (pulls) or sees the latest commits (pushes). */
    void remoteSnapshot(boolean repeatableRead) throws SQLException {
        remote.commit();
        remote.setTransactionIsolation(repeatableRead ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Starts a server transaction whose writes keep the versions and stamps they set. */
    void remoteWrites() throws SQLException {
        remoteSnapshot(false);
        PostgisDatabase.keepGivenVersions(remote);
    }

    /** Commits the server, then the workspace. */
    void commit() throws SQLException {
        remote.commit();
        local.commit();
    }

    void rollback() {
        try {
            remote.rollback();
        } catch (SQLException ignored) {
            // the connection may be gone with the network: the server rolls back by itself
        }
        try {
            local.rollback();
        } catch (SQLException ignored) {
            // closing next
        }
    }

    /** This replica's node id, read once per session: asked per feature by pushes and pulls. */
    private String node() throws SQLException {
        if (node == null) node = state.node();
        return node;
    }

    /** The remote id of a feature created in this workspace: node-prefixed, unique across replicas. */
    String remoteIdOf(long localId) throws SQLException {
        return node() + "-" + localId;
    }

    /** The local id a remote id was made from in this workspace, or null. */
    Long ownLocalId(String remoteId) throws SQLException {
        String prefix = node() + "-";
        if (!remoteId.startsWith(prefix)) return null;
        try {
            return Long.parseLong(remoteId.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Set<String> names(java.util.List<String> l) { return new java.util.LinkedHashSet<>(l); }

    @Override
    public void close() {
        rollback(); // anything not committed by a step is undone on both sides
        try {
            local.setAutoCommit(true);
        } catch (SQLException ignored) {
            // returning a broken session: the pool drops it
        }
        try {
            local.close();
        } catch (SQLException ignored) {
            // closing
        }
        try {
            remote.close();
        } catch (SQLException ignored) {
            // closing
        }
    }
}
