package org.onemap.datasources.h2gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.history.ChangeOp;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.history.FeatureVersion;
import org.onemap.core.history.LayerAsOf;
import org.onemap.core.spi.FeatureSource;

/**
 * The workspace's past read from {@code onemap_audit} (written by {@link AuditTrigger}): a feature's
 * versions and a layer as of an instant. A bulk load leaves one summary record without feature ids
 * ({@link BulkSeed}); the features it brought in get their first version from the before image of their
 * first logged change (or their current row) and exist from the time of that record on. Records older
 * than the layer's catalog entry belong to a dropped layer of the same name and are ignored.
 */
public final class AuditHistory implements FeatureHistory {
    private static final String RECORDS = "SELECT OP, USER_NAME, AT, BEFORE_JSON, AFTER_JSON FROM ONEMAP_AUDIT "
            + "WHERE LAYER = ? AND FEATURE_ID = ? AND AT >= ? ORDER BY SEQ";
    private static final String SINCE = "SELECT FEATURE_ID, OP, BEFORE_JSON FROM ONEMAP_AUDIT "
            + "WHERE LAYER = ? AND FEATURE_ID IS NOT NULL AND AT > ? ORDER BY SEQ";
    private static final String LOAD = "SELECT AT, USER_NAME FROM ONEMAP_AUDIT WHERE LAYER = ? AND FEATURE_ID IS NULL AND AT >= ? "
            + "ORDER BY SEQ LIMIT 1";
    private static final OffsetDateTime DAWN = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final H2gisWorkspace workspace;

    public AuditHistory(H2gisWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<FeatureVersion> versions(String layer, String featureId) {
        FeatureSource source = workspace.layer(layer);
        LayerSchema schema = source.schema();
        String name = schema.name();
        try (Connection c = workspace.session(workspace.user())) {
            OffsetDateTime created = created(c, name);
            List<FeatureVersion> out = new ArrayList<>();
            Feature firstBefore = null;
            boolean first = true;
            try (PreparedStatement ps = c.prepareStatement(RECORDS)) {
                ps.setString(1, name);
                ps.setString(2, featureId);
                ps.setObject(3, created);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ChangeOp op = ChangeOp.parse(rs.getString(1));
                        Feature before = AuditImage.read(rs.getString(4), schema);
                        Feature after = AuditImage.read(rs.getString(5), schema);
                        if (first && op != ChangeOp.INSERT) firstBefore = before;
                        first = false;
                        out.add(FeatureVersion.of(op, instant(rs, 3), rs.getString(2), before, after, false));
                    }
                }
            }
            if (first) firstBefore = current(source, featureId); // never changed since a bulk load
            if (firstBefore != null) out.add(0, loaded(c, name, created, firstBefore));
            return out;
        } catch (SQLException e) {
            throw workspace.failure("read the history of feature " + featureId + " of layer " + layer, e);
        }
    }

    @Override
    public FeatureSource asOf(String layer, Instant at) {
        FeatureSource source = workspace.layer(layer);
        LayerSchema schema = source.schema();
        String name = schema.name();
        OffsetDateTime t = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        try (Connection c = workspace.session(workspace.user())) {
            OffsetDateTime created = created(c, name);
            if (t.isBefore(created)) return LayerAsOf.empty(source);
            Load load = load(c, name, created);
            // a bulk load only ever fills a brand-new layer: before it, the layer was empty
            if (load != null && load.at().isAfter(at)) return LayerAsOf.empty(source);
            Map<String, Feature> past = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SINCE)) {
                ps.setString(1, name);
                ps.setObject(2, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (past.containsKey(id)) continue; // the first change after the instant holds the state then
                        boolean inserted = ChangeOp.parse(rs.getString(2)) == ChangeOp.INSERT;
                        past.put(id, inserted ? null : AuditImage.read(rs.getString(3), schema));
                    }
                }
            }
            return new LayerAsOf(source, past);
        } catch (SQLException e) {
            throw workspace.failure("rebuild layer " + layer + " as of " + at, e);
        }
    }

    /** The summary record of a bulk load: when and by whom. */
    private record Load(Instant at, String user) {}

    private static Load load(Connection c, String layer, OffsetDateTime created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOAD)) {
            ps.setString(1, layer);
            ps.setObject(2, created);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Load(instant(rs, 1), rs.getString(2)) : null;
            }
        }
    }

    /** The first version of a feature that came in without its own insert record. */
    private static FeatureVersion loaded(Connection c, String layer, OffsetDateTime created, Feature image) throws SQLException {
        Load load = load(c, layer, created);
        return FeatureVersion.of(ChangeOp.INSERT, load == null ? null : load.at(), load == null ? null : load.user(), null, image, true);
    }

    private static Feature current(FeatureSource source, String id) {
        List<Feature> found = source.list(org.onemap.core.feature.Query.ALL
                .and(org.onemap.core.feature.AttributeFilter.eq("id", parseId(id))).withLimit(1));
        return found.isEmpty() ? null : found.get(0);
    }

    private static Object parseId(String id) {
        try {
            return Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** When the layer's catalog entry was made; audit records before it belong to an older layer of that name. */
    private static OffsetDateTime created(Connection c, String layer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CREATED_AT FROM ONEMAP_LAYER WHERE NAME = ?")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                OffsetDateTime t = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                return t == null ? DAWN : t;
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
