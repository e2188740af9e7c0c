package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.LayerSchema;
import org.onemap.datasources.postgis.PostgisDatabase;

/**
 * Links a layer that exists on one side only: publishing copies a workspace layer to the server (remote
 * ids {@code <node>-<local id>}, versions and stamps kept); replicating copies a server layer into the
 * workspace (the workspace assigns local ids). Either way each feature's link and base version are
 * recorded, and the layer's pull starts after the copied snapshot.
 */
final class Publication {
    private static final int BATCH = 10_000;

    private Publication() {}

    /** Copies a workspace layer to the server; returns the number of features. */
    static long publish(SyncSession s, String layer) throws SQLException {
        LayerSchema schema = s.workspace.layer(layer).schema();
        s.remoteWrites();
        PostgisDatabase.createLayer(s.remote, s.schema(), schema);
        PostgisDatabase.markPublishedBy(s.remote, s.schema(), layer, s.state.node());
        RemoteRows remote = s.remoteRows(schema);
        SyncState.Writes links = s.state.writes(layer);
        long[] n = {0};
        List<Map.Entry<String, Row>> batch = new ArrayList<>();
        s.localRows(schema).forEach(row -> {
            long localId = Long.parseLong(row.feature().id());
            String rid = s.remoteIdOf(localId);
            batch.add(Map.entry(rid, row));
            links.link(localId, rid, row.version());
            n[0]++;
            if (batch.size() == BATCH) {
                remote.insertAll(batch);
                links.flush();
                batch.clear();
            }
        });
        remote.insertAll(batch);
        links.flush();
        s.remote.commit();
        s.remoteSnapshot(true);
        s.state.setPulledTxid(layer, RemoteRows.horizon(s.remote)); // our own copy lies below: nothing to pull back
        s.commit();
        return n[0];
    }

    /**
     * Links a layer this workspace published in a run whose own bookkeeping was lost (the server committed,
     * the workspace did not): the next pull reads the layer's whole change log and adopts every feature
     * that came from here. True when the layer was published from this workspace.
     */
    static boolean resumePublish(SyncSession s, String layer) throws SQLException {
        s.remoteSnapshot(false);
        boolean ours = s.state.node().equals(PostgisDatabase.publishedBy(s.remote, s.schema(), layer));
        if (ours) s.state.setPulledTxid(layer, 0);
        s.commit();
        return ours;
    }

    /** Copies a server layer into the workspace (creating the layer there if needed); returns the number of features. */
    static long replicate(SyncSession s, String layer) throws SQLException {
        s.remoteSnapshot(true);
        LayerSchema schema = PostgisDatabase.describe(s.remote, s.schema(), layer);
        if (!s.workspace.hasLayer(layer)) s.workspace.createLayer(schema);
        LayerSchema local = s.workspace.layer(layer).schema();
        long horizon = RemoteRows.horizon(s.remote); // first, in the snapshot the rows are read from
        LocalRows rows = s.localRows(local);
        SyncState.Writes links = s.state.writes(layer);
        long[] n = {0};
        s.remoteRows(schema).forEach(row -> {
            long localId = rows.insert(row);
            links.link(localId, row.feature().id(), row.version());
            if (++n[0] % BATCH == 0) links.flush();
        });
        links.flush();
        s.state.setPulledTxid(layer, horizon);
        s.commit();
        return n[0];
    }
}
