package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onemap.core.feature.LayerSchema;

/**
 * Sends workspace changes made since the last push (found through the audit log, so edits made with
 * {@code onemap sql} go too) to the server, in batches. Updates and deletes name the base version: if
 * the server moved on meanwhile, nothing is overwritten and the feature becomes a {@link Conflict}.
 * Features in conflict are not pushed. The server commits first; the new links and the audit watermark
 * follow.
 *
 * <p>Set-based on both sides: per batch, the workspace rows and links are read with one statement each,
 * the server is written with one COPY and one statement per kind of write, and the links are written back
 * in JDBC batches; one transaction each side for the whole push.
 */
final class PushStep {
    private static final int BATCH = 10_000;

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
            Set<String> inConflict = s.state.conflictIds(layer);
            List<Long> ids = new ArrayList<>(LocalRows.changedSince(s.local, layer, after, upto));
            for (int at = 0; at < ids.size(); at += BATCH) {
                List<Long> batch = ids.subList(at, Math.min(ids.size(), at + BATCH));
                pushed += pushBatch(s, layer, local, remote, inConflict, batch);
            }
        }
        s.state.put("pushed_seq", Long.toString(upto));
        s.commit();
        return pushed;
    }

    private record Local(long id, String remoteId, long baseVersion, Row row) {}

    private static int pushBatch(SyncSession s, String layer, LocalRows local, RemoteRows remote, Set<String> inConflict, List<Long> ids)
            throws SQLException {
        Map<Long, SyncState.Link> links = s.state.linksByLocal(layer, ids);
        Map<Long, Row> rows = local.getAll(ids);
        List<Local> inserts = new ArrayList<>();
        List<Local> updates = new ArrayList<>();
        List<Local> deletes = new ArrayList<>();
        for (long id : ids) {
            SyncState.Link link = links.get(id);
            Row mine = rows.get(id);
            if (link == null) {
                if (mine != null) inserts.add(new Local(id, s.remoteIdOf(id), 0, mine)); // else made and deleted between two syncs
            } else if (!inConflict.contains(link.remoteId())) {
                if (mine == null) deletes.add(new Local(id, link.remoteId(), link.baseVersion(), null));
                else if (mine.version() != link.baseVersion()) updates.add(new Local(id, link.remoteId(), link.baseVersion(), mine));
                // else: a pulled change, already on the server
            }
        }
        SyncState.Writes writes = s.state.writes(layer);
        int pushed = 0;

        // an id already on the server comes from an interrupted push: not inserted, the next pull adopts it
        Set<String> inserted = remote.insertNew(inserts.stream().map(l -> Map.entry(l.remoteId(), l.row())).toList());
        for (Local l : inserts) {
            if (!inserted.contains(l.remoteId())) continue;
            writes.link(l.id(), l.remoteId(), l.row().version());
            pushed++;
        }

        boolean[] updated = remote.updateAll(updates.stream().map(l -> new RemoteRows.Write(l.remoteId(), l.row(), l.baseVersion())).toList());
        List<Local> refused = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            Local l = updates.get(i);
            if (updated[i]) {
                writes.link(l.id(), l.remoteId(), l.row().version());
                pushed++;
            } else {
                refused.add(l);
            }
        }
        boolean[] deleted = remote.deleteAll(deletes.stream().map(l -> new RemoteRows.Write(l.remoteId(), null, l.baseVersion())).toList());
        for (int i = 0; i < deletes.size(); i++) {
            if (deleted[i]) {
                writes.unlink(deletes.get(i).id());
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
                writes.unlink(l.id()); // already deleted there too
                pushed++;
                continue;
            }
            writes.conflict(l.remoteId(), l.id(), l.row() == null ? null : l.row().version(), t == null ? null : t.version());
        }
        writes.flush();
        return pushed;
    }
}
