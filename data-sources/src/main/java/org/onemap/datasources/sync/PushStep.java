package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.LayerSchema;

/**
 * Sends workspace changes made since the last push (found through the audit log, so edits made with
 * {@code onemap sql} go too) to the server, in batches. Updates and deletes name the base version: if
 * the server moved on meanwhile, nothing is overwritten and the feature becomes a {@link Conflict}.
 * Features in conflict are not pushed. The server commits first; the new links and the audit watermark
 * follow.
 */
final class PushStep {
    private static final int BATCH = 500;

    private PushStep() {}

    /** Pushes every linked layer; returns how many features were written to the server. */
    static int run(SyncSession s, List<String> layers) throws SQLException {
        long after = s.state.pushedSeq();
        long upto = LocalRows.lastAuditSeq(s.local);
        s.remoteWrites();
        int pushed = 0;
        for (String layer : layers) {
            LayerSchema schema = s.common(layer);
            LocalRows local = s.localRows(schema);
            RemoteRows remote = s.remoteRows(schema);
            List<Long> ids = new ArrayList<>(LocalRows.changedSince(s.local, layer, after, upto));
            for (int at = 0; at < ids.size(); at += BATCH) {
                pushed += pushBatch(s, layer, local, remote, ids.subList(at, Math.min(ids.size(), at + BATCH)));
            }
        }
        s.state.put("pushed_seq", Long.toString(upto));
        s.commit();
        return pushed;
    }

    private record Local(long id, String remoteId, long baseVersion, Row row) {}

    private static int pushBatch(SyncSession s, String layer, LocalRows local, RemoteRows remote, List<Long> ids) throws SQLException {
        List<Local> inserts = new ArrayList<>();
        List<Local> updates = new ArrayList<>();
        List<Local> deletes = new ArrayList<>();
        for (long id : ids) {
            SyncState.Link link = s.state.byLocal(layer, id);
            Row mine = local.get(id);
            if (link == null) {
                if (mine != null) inserts.add(new Local(id, s.remoteIdOf(id), 0, mine)); // else made and deleted between two syncs
            } else if (!s.state.inConflict(layer, link.remoteId())) {
                if (mine == null) deletes.add(new Local(id, link.remoteId(), link.baseVersion(), null));
                else if (mine.version() != link.baseVersion()) updates.add(new Local(id, link.remoteId(), link.baseVersion(), mine));
                // else: a pulled change, already on the server
            }
        }
        int pushed = 0;

        // an id already on the server comes from an interrupted push: the next pull adopts it
        Map<String, Row> existing = remote.getAll(inserts.stream().map(Local::remoteId).toList());
        List<Map.Entry<String, Row>> newRows = new ArrayList<>();
        for (Local l : inserts) {
            if (existing.containsKey(l.remoteId())) continue;
            newRows.add(Map.entry(l.remoteId(), l.row()));
            s.state.link(layer, l.id(), l.remoteId(), l.row().version());
            pushed++;
        }
        remote.insertAll(newRows);

        boolean[] updated = remote.updateAll(updates.stream().map(l -> new RemoteRows.Write(l.remoteId(), l.row(), l.baseVersion())).toList());
        List<Local> refused = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            Local l = updates.get(i);
            if (updated[i]) {
                s.state.link(layer, l.id(), l.remoteId(), l.row().version());
                pushed++;
            } else {
                refused.add(l);
            }
        }
        boolean[] deleted = remote.deleteAll(deletes.stream().map(l -> new RemoteRows.Write(l.remoteId(), null, l.baseVersion())).toList());
        for (int i = 0; i < deletes.size(); i++) {
            if (deleted[i]) {
                s.state.unlink(layer, deletes.get(i).id());
                pushed++;
            } else {
                refused.add(deletes.get(i));
            }
        }

        // the server moved on since the last sync: never overwrite, list the conflict
        Map<String, Row> theirs = remote.getAll(refused.stream().map(Local::remoteId).toList());
        for (Local l : refused) {
            Row t = theirs.get(l.remoteId());
            if (l.row() == null && t == null) {
                s.state.unlink(layer, l.id()); // already deleted there too
                pushed++;
                continue;
            }
            s.state.conflict(layer, l.remoteId(), l.id(), l.row() == null ? null : l.row().version(), t == null ? null : t.version());
        }
        return pushed;
    }
}
