package org.onemap.datasources.sync;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * Settles a conflict on both sides at once: theirs (the workspace takes the server's state), mine (the
 * server takes the workspace's, as a new version above both), or a per-attribute merge written to both.
 * The server row must still be as read here; if it moved again the resolution fails and nothing changes.
 */
final class ConflictResolution {
    /** The key of the geometry in a merge's choices. */
    static final String GEOMETRY = "geom";

    private ConflictResolution() {}

    static ConflictView view(SyncSession s, Conflict c) throws SQLException {
        Sides sides = sides(s, c);
        List<String> differing = new ArrayList<>();
        boolean geometry = false;
        if (sides.mine != null && sides.theirs != null) {
            for (FieldDef f : sides.schema.fields()) {
                Object a = sides.mine.feature().get(f.name());
                Object b = sides.theirs.feature().get(f.name());
                if (a == null ? b != null : !a.equals(b)) differing.add(f.name());
            }
            Feature a = sides.mine.feature();
            Feature b = sides.theirs.feature();
            geometry = a.geometry() == null ? b.geometry() != null : b.geometry() == null || !a.geometry().equalsExact(b.geometry());
        }
        s.commit();
        return new ConflictView(c, sides.mine == null ? null : sides.mine.feature(), sides.theirs == null ? null : sides.theirs.feature(),
                differing, geometry);
    }

    static void resolve(SyncSession s, Conflict c, Map<String, Side> choices, Side whole) throws SQLException {
        s.remoteWrites();
        Sides sides = sides(s, c);
        Row mine = sides.mine;
        Row theirs = sides.theirs;
        LocalRows local = s.localRows(sides.schema);
        RemoteRows remote = s.remoteRows(sides.schema);
        if (theirs != null && c.remoteVersion() != null && theirs.version() != c.remoteVersion()) {
            throw new DataSourceException(c.layer() + "/" + c.remoteId() + " changed on the server again (v" + theirs.version()
                    + "): sync, then resolve the conflict again");
        }
        if (whole == Side.THEIRS) {
            if (theirs == null) {
                if (mine != null) local.delete(c.localId());
                if (c.localId() != null) s.state.unlink(c.layer(), c.localId());
            } else if (mine == null) {
                if (c.localId() != null) s.state.unlink(c.layer(), c.localId());
                s.state.link(c.layer(), local.insert(theirs), c.remoteId(), theirs.version());
            } else {
                local.update(c.localId(), theirs);
                s.state.link(c.layer(), c.localId(), c.remoteId(), theirs.version());
            }
        } else {
            Row chosen = whole == Side.MINE ? mine : merge(sides, choices, s.workspace.user());
            long version = Math.max(mine == null ? 0 : mine.version(), theirs == null ? 0 : theirs.version()) + 1;
            if (chosen == null) { // keep my delete
                if (theirs != null && !remote.delete(c.remoteId(), theirs.version())) throw movedAgain(c);
                if (c.localId() != null) s.state.unlink(c.layer(), c.localId());
            } else {
                Row row = chosen.as(version, whole == Side.MINE ? chosen.updatedAt() : Instant.now(), chosen.updatedBy());
                if (theirs == null) remote.insert(c.remoteId(), row);
                else if (!remote.update(c.remoteId(), row, theirs.version())) throw movedAgain(c);
                local.update(c.localId(), row);
                s.state.link(c.layer(), c.localId(), c.remoteId(), version);
            }
        }
        s.state.resolved(c.layer(), c.remoteId());
        s.commit();
    }

    private static Row merge(Sides sides, Map<String, Side> choices, String user) {
        if (sides.mine == null || sides.theirs == null) {
            throw new DataSourceException("a per-attribute merge needs the feature on both sides; it was deleted on one: choose mine or theirs");
        }
        for (String key : choices.keySet()) {
            if (!key.equalsIgnoreCase(GEOMETRY) && sides.schema.field(key).isEmpty()) {
                throw new DataSourceException("layer " + sides.schema.name() + " has no field '" + key + "' to merge");
            }
        }
        Feature m = sides.mine.feature();
        Feature t = sides.theirs.feature();
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (FieldDef f : sides.schema.fields()) {
            attrs.put(f.name(), choices.getOrDefault(f.name(), Side.MINE) == Side.THEIRS ? t.get(f.name()) : m.get(f.name()));
        }
        var geometry = choices.getOrDefault(GEOMETRY, Side.MINE) == Side.THEIRS ? t.geometry() : m.geometry();
        return new Row(new Feature(m.id(), geometry, attrs, m.version()), Instant.now(), user);
    }

    private static DataSourceException movedAgain(Conflict c) {
        return new DataSourceException(c.layer() + "/" + c.remoteId() + " changed on the server while resolving: sync, then resolve again");
    }

    private record Sides(LayerSchema schema, Row mine, Row theirs) {}

    private static Sides sides(SyncSession s, Conflict c) throws SQLException {
        if (!s.state.inConflict(c.layer(), c.remoteId())) {
            throw new DataSourceException("no open conflict for " + c.layer() + "/" + c.remoteId() + " (already resolved?)");
        }
        LayerSchema schema = s.common(c.layer());
        Row mine = c.localId() == null ? null : s.localRows(schema).get(c.localId());
        Row theirs = s.remoteRows(schema).get(c.remoteId());
        return new Sides(schema, mine, theirs);
    }
}
