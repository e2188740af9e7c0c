package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onemap.core.feature.LayerSchema;

/**
 * Brings server changes of one linked layer into the workspace. A feature unchanged locally since the
 * last sync takes the server's state; one changed on both sides becomes a {@link Conflict} and the local
 * row is not touched. Changes and the new watermark are committed together, so an interrupted pull
 * simply runs again. It also heals an interrupted push: a server row that already equals the local row
 * (our own write whose bookkeeping was lost) is adopted, not reported.
 *
 * <p>Set-based: per batch of changed ids, the server rows, the links and the local rows are read with one
 * statement each, the decisions are made in memory ({@link Batch}), and the local writes and links go in
 * JDBC batches of one prepared statement each.
 */
final class PullStep {
    /** What a pull did. */
    record Result(int applied, int conflicts) {}

    private static final int BATCH = 5_000;

    private PullStep() {}

    static Result run(SyncSession s, String layer) throws SQLException {
        s.remoteSnapshot(true);
        long from = s.state.pulledTxid(layer);
        long horizon = RemoteRows.horizon(s.remote);
        LayerSchema schema = s.common(layer);
        RemoteRows remote = s.remoteRows(schema);
        LocalRows local = s.localRows(schema);
        Set<String> inConflict = s.state.conflictIds(layer);
        int applied = 0;
        int conflicts = 0;
        Map<String, Long> log = remote.changedSince(from);
        List<String> changed = new ArrayList<>(log.keySet());
        for (int at = 0; at < changed.size(); at += BATCH) {
            List<String> ids = changed.subList(at, Math.min(changed.size(), at + BATCH));
            Map<String, Row> current = remote.getAll(ids);
            Batch batch = new Batch(s, local, schema, layer, inConflict, ids);
            for (String rid : ids) {
                switch (batch.apply(rid, current.get(rid), log.get(rid))) {
                    case APPLIED -> applied++;
                    case CONFLICT -> conflicts++;
                    case NOTHING -> { }
                }
            }
            batch.flush();
        }
        s.state.setPulledTxid(layer, horizon);
        s.commit();
        return new Result(applied, conflicts);
    }

    private enum Outcome { APPLIED, CONFLICT, NOTHING }

    /**
     * One batch of changed ids: what the workspace knows about them (read up front) and the writes the
     * decisions call for (written by {@link #flush}). Each id is decided once and names its own local row
     * and link, so deciding them all before writing gives what deciding and writing one by one would.
     */
    private static final class Batch {
        private final SyncSession s;
        private final LocalRows local;
        private final LayerSchema schema;
        private final Set<String> inConflict;
        private final Map<String, SyncState.Link> links;
        private final Map<Long, SyncState.Link> ownLinks;
        private final Map<Long, Row> rows;
        private final SyncState.Writes writes;
        private final Map<Long, Row> updates = new LinkedHashMap<>();
        private final Map<Long, Row> attributeUpdates = new LinkedHashMap<>(); // geometry unchanged
        private final List<Long> deletes = new ArrayList<>();
        private final Map<Long, Long> versions = new LinkedHashMap<>();
        private final List<Map.Entry<String, Row>> inserts = new ArrayList<>();

        Batch(SyncSession s, LocalRows local, LayerSchema schema, String layer, Set<String> inConflict, List<String> ids)
                throws SQLException {
            this.s = s;
            this.local = local;
            this.schema = schema;
            this.inConflict = inConflict;
            this.links = s.state.linksByRemote(layer, ids);
            Set<Long> own = new HashSet<>();
            for (String rid : ids) {
                Long id = links.containsKey(rid) ? null : s.ownLocalId(rid);
                if (id != null) own.add(id);
            }
            this.ownLinks = s.state.linksByLocal(layer, own);
            Set<Long> localIds = new HashSet<>(own);
            for (SyncState.Link l : links.values()) localIds.add(l.localId());
            this.rows = local.getAll(localIds);
            this.writes = s.state.writes(layer);
        }

        Outcome apply(String rid, Row theirs, long insertedVersion) throws SQLException {
            SyncState.Link link = links.get(rid);
            if (link == null) {
                link = adoptOwn(rid, theirs, insertedVersion);
                if (link == null) {
                    if (theirs == null) return Outcome.NOTHING;
                    inserts.add(Map.entry(rid, theirs));
                    return Outcome.APPLIED;
                }
            }
            long id = link.localId();
            Row mine = rows.get(id);
            Long mineVersion = mine == null ? null : versions.getOrDefault(id, mine.version());
            if (inConflict.contains(rid)) {
                writes.conflict(rid, id, mineVersion, theirs == null ? null : theirs.version());
                return Outcome.NOTHING;
            }
            long base = link.baseVersion();
            if (theirs != null && theirs.version() == base) return Outcome.NOTHING; // our own push coming back
            boolean changedHere = mine == null || mineVersion != base;
            if (!changedHere) {
                if (theirs == null) {
                    deletes.add(id);
                    writes.unlink(id);
                } else {
                    (sameGeometry(mine, theirs) ? attributeUpdates : updates).put(id, theirs);
                    writes.link(id, rid, theirs.version());
                }
                return Outcome.APPLIED;
            }
            if (mine == null && theirs == null) {
                writes.unlink(id); // deleted on both sides
                return Outcome.NOTHING;
            }
            if (mine != null && theirs != null && mine.sameContent(theirs, schema)) {
                settle(id, rid, mine, theirs);
                return Outcome.NOTHING;
            }
            writes.conflict(rid, id, mineVersion, theirs == null ? null : theirs.version());
            return Outcome.CONFLICT;
        }

        /**
         * A server row with this workspace's node prefix but no link: written by a push or publish whose
         * bookkeeping was lost. Same content: linked as synced. Otherwise the version our insert carried (from
         * the server's change log) is the base both sides started from, so the usual rules decide: pull,
         * push or conflict. Without that insert in range the base is unknown and any difference is a conflict.
         */
        private SyncState.Link adoptOwn(String rid, Row theirs, long insertedVersion) throws SQLException {
            Long own = s.ownLocalId(rid);
            if (own == null || (writes.touches(own) ? writes.pending(own) != null : ownLinks.containsKey(own))) return null;
            Row mine = rows.get(own); // may be gone: deleted here since, which the usual rules then push or report
            if (mine != null && theirs != null && mine.sameContent(theirs, schema)) settle(own, rid, mine, theirs);
            else writes.link(own, rid, insertedVersion);
            return writes.pending(own);
        }

        private static boolean sameGeometry(Row mine, Row theirs) {
            var a = mine.feature().geometry();
            var b = theirs.feature().geometry();
            return a == null ? b == null : b != null && a.equalsExact(b);
        }

        /** Both sides hold the same content: agree on the server's version. */
        private void settle(long localId, String rid, Row mine, Row theirs) {
            if (mine.version() != theirs.version()) versions.put(localId, theirs.version());
            writes.link(localId, rid, theirs.version());
        }

        void flush() throws SQLException {
            local.deleteAll(deletes);
            local.updateAll(updates, true);
            local.updateAll(attributeUpdates, false);
            local.setVersions(versions);
            long[] ids = local.insertAll(inserts.stream().map(Map.Entry::getValue).toList());
            for (int k = 0; k < ids.length; k++) {
                Map.Entry<String, Row> e = inserts.get(k);
                writes.link(ids[k], e.getKey(), e.getValue().version());
            }
            writes.flush();
        }
    }
}
