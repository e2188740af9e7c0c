package org.onemap.datasources.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;

/**
 * The feature as both sides had it at the last sync (the "base" column of the resolution dialog). The
 * server keeps no row images, but the workspace's audit log does: while in sync the local version equals
 * the link's base version, so the base is the local row that carried that version — the current row if
 * unchanged here, else the before-image of the audited edit that left it. Unknown (empty) when that edit
 * was not audited.
 */
final class ConflictBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConflictBase() {}

    static Map<String, Object> of(SyncSession s, Conflict c) throws SQLException {
        if (c.localId() == null) return Map.of();
        SyncState.Link link = s.state.byLocal(c.layer(), c.localId());
        if (link == null) return Map.of();
        LayerSchema schema = s.common(c.layer());
        Row mine = s.localRows(schema).get(c.localId());
        if (mine != null && mine.version() == link.baseVersion()) {
            Map<String, Object> out = new LinkedHashMap<>(mine.feature().attributes());
            if (mine.feature().geometry() != null) out.put(ConflictResolution.GEOMETRY, mine.feature().geometry());
            return out;
        }
        try (PreparedStatement ps = s.local.prepareStatement("SELECT BEFORE_JSON FROM ONEMAP_AUDIT WHERE LAYER = ? AND FEATURE_ID = ? "
                + "AND BEFORE_JSON IS NOT NULL ORDER BY SEQ DESC")) {
            ps.setString(1, c.layer());
            ps.setString(2, Long.toString(c.localId()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, JsonNode> before = columns(rs.getString(1));
                    JsonNode version = before.get("version");
                    if (version != null && version.asLong(-1) == link.baseVersion()) return values(before, schema);
                }
            }
        } catch (java.io.IOException e) {
            return Map.of(); // an unreadable audit record: the base is simply not shown
        } finally {
            s.commit();
        }
        return Map.of();
    }

    private static Map<String, JsonNode> columns(String json) throws java.io.IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(json).fields();
        while (it.hasNext()) {
            var e = it.next();
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    private static Map<String, Object> values(Map<String, JsonNode> before, LayerSchema schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDef f : schema.fields()) {
            JsonNode v = before.get(f.name().toLowerCase(Locale.ROOT));
            if (v == null) continue;
            out.put(f.name(), v.isNull() ? null : v.isNumber() ? v.numberValue() : v.isBoolean() ? v.booleanValue() : v.asText());
        }
        JsonNode g = before.get("geom");
        if (g == null) g = before.get("the_geom");
        if (g != null && g.isTextual()) {
            try {
                out.put(ConflictResolution.GEOMETRY, new WKTReader().read(g.asText()));
            } catch (ParseException e) {
                // no base geometry shown
            }
        }
        return out;
    }
}
