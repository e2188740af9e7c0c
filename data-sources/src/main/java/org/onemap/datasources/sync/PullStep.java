package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.LayerSchema;

/**
 * Brings server changes of one linked layer into the workspace. A feature unchanged locally since the
 * last sync takes the server's state; one changed on both sides becomes a {@link Conflict} and the local
 * row is not touched. Changes and the new watermark are committed together, so an interrupted pull
 * simply runs again. It also heals an interrupted push: a server row that already equals the local row
 * (our own write whose bookkeeping was lost) is adopted, not reported.
 */
final class PullStep {
    /** What a pull did. */
    record Result(int applied, int conflicts) {}

    private static final int BATCH = 1000;

    private PullStep() {}

    static Result run(SyncSession s, String layer) throws SQLException {
        s.remoteSnapshot(true);
        long from = s.state.pulledTxid(layer);
        long horizon = RemoteRows.horizon(s.remote);
        LayerSchema schema = s.common(layer);
        RemoteRows remote = s.remoteRows(schema);
        LocalRows local = s.localRows(schema);
        int applied = 0;
        int conflicts = 0;
        Map<String, Long> log = remote.changedSince(from);
        List<String> changed = new ArrayList<>(log.keySet());
        for (int at = 0; at < changed.size(); at += BATCH) {
            List<String> batch = changed.subList(at, Math.min(changed.size(), at + BATCH));
            Map<String, Row> current = remote.getAll(batch);
            for (String rid : batch) {
                switch (apply(s, local, schema, layer, rid, current.get(rid), log.get(rid))) {
                    case APPLIED -> applied++;
                    case CONFLICT -> conflicts++;
                    case NOTHING -> { }
                }
            }
        }
        s.state.setPulledTxid(layer, horizon);
        s.commit();
        return new Result(applied, conflicts);
    }

    private enum Outcome { APPLIED, CONFLICT, NOTHING }

    private static Outcome apply(SyncSession s, LocalRows local, LayerSchema schema, String layer, String rid, Row theirs,
                                 long insertedVersion) throws SQLException {
        SyncState.Link link = s.state.byRemote(layer, rid);
        if (link == null) {
            link = adoptOwn(s, local, layer, rid, theirs, schema, insertedVersion);
            if (link == null) {
                if (theirs == null) return Outcome.NOTHING;
                s.state.link(layer, local.insert(theirs), rid, theirs.version());
                return Outcome.APPLIED;
            }
        }
        Row mine = local.get(link.localId());
        if (s.state.inConflict(layer, rid)) {
            s.state.conflict(layer, rid, link.localId(), mine == null ? null : mine.version(), theirs == null ? null : theirs.version());
            return Outcome.NOTHING;
        }
        long base = link.baseVersion();
        if (theirs != null && theirs.version() == base) return Outcome.NOTHING; // our own push coming back
        boolean changedHere = mine == null || mine.version() != base;
        if (!changedHere) {
            if (theirs == null) {
                local.delete(link.localId());
                s.state.unlink(layer, link.localId());
            } else {
                local.update(link.localId(), theirs);
                s.state.link(layer, link.localId(), rid, theirs.version());
            }
            return Outcome.APPLIED;
        }
        if (mine == null && theirs == null) {
            s.state.unlink(layer, link.localId()); // deleted on both sides
            return Outcome.NOTHING;
        }
        if (mine != null && theirs != null && mine.sameContent(theirs, schema)) {
            settle(s, local, layer, link.localId(), rid, mine, theirs);
            return Outcome.NOTHING;
        }
        s.state.conflict(layer, rid, link.localId(), mine == null ? null : mine.version(), theirs == null ? null : theirs.version());
        return Outcome.CONFLICT;
    }

    /**
     * A server row with this workspace's node prefix but no link: written by a push or publish whose
     * bookkeeping was lost. Same content: linked as synced. Otherwise the version our insert carried (from
     * the server's change log) is the base both sides started from, so the usual rules decide: pull,
     * push or conflict. Without that insert in range the base is unknown and any difference is a conflict.
     */
    private static SyncState.Link adoptOwn(SyncSession s, LocalRows local, String layer, String rid, Row theirs, LayerSchema schema,
                                           long insertedVersion) throws SQLException {
        Long own = s.ownLocalId(rid);
        if (own == null || s.state.byLocal(layer, own) != null) return null;
        Row mine = local.get(own); // may be gone: deleted here since, which the usual rules then push or report
        if (mine != null && theirs != null && mine.sameContent(theirs, schema)) settle(s, local, layer, own, rid, mine, theirs);
        else s.state.link(layer, own, rid, insertedVersion);
        return s.state.byLocal(layer, own);
    }

    /** Both sides hold the same content: agree on the server's version. */
    private static void settle(SyncSession s, LocalRows local, String layer, long localId, String rid, Row mine, Row theirs)
            throws SQLException {
        if (mine.version() != theirs.version()) local.setVersion(localId, theirs.version());
        s.state.link(layer, localId, rid, theirs.version());
    }
}
