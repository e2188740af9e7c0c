package org.onemap.datasources.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/**
 * One journal line per entry, as JSON: {@code {"op":"do","name":…,"changes":[{"before":…,"after":…}]}},
 * {@code {"op":"undo"}} or {@code {"op":"redo"}}. Geometries travel as hex WKB (exact doubles, SRID
 * kept) and attribute values carry their Java type so a replayed feature equals the original.
 */
final class JournalCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {}

    static String entry(String op) {
        return JSON.createObjectNode().put("op", op).toString();
    }

    static String entry(ChangeSet cs) {
        ObjectNode n = JSON.createObjectNode().put("op", "do").put("name", cs.name());
        ArrayNode changes = n.putArray("changes");
        for (FeatureChange c : cs.changes()) {
            ObjectNode o = changes.addObject();
            o.set("before", feature(c.before()));
            o.set("after", feature(c.after()));
        }
        return n.toString();
    }

    static JsonNode parse(String line) throws java.io.IOException {
        return JSON.readTree(line);
    }

    static ChangeSet changeSet(JsonNode n) throws ParseException {
        List<FeatureChange> changes = new ArrayList<>();
        for (JsonNode c : n.get("changes")) changes.add(new FeatureChange(feature(c.get("before")), feature(c.get("after"))));
        return new ChangeSet(n.get("name").asText(), changes);
    }

    private static JsonNode feature(Feature f) {
        if (f == null) return JSON.nullNode();
        ObjectNode o = JSON.createObjectNode().put("id", f.id()).put("version", f.version());
        o.put("wkb", f.geometry() == null ? null : WKBWriter.toHex(new WKBWriter(2, true).write(f.geometry())));
        ObjectNode attrs = o.putObject("attrs");
        f.attributes().forEach((k, v) -> attrs.set(k, value(v)));
        return o;
    }

    private static Feature feature(JsonNode o) throws ParseException {
        if (o == null || o.isNull()) return null;
        Geometry g = o.get("wkb").isNull() ? null : new WKBReader().read(WKBReader.hexToBytes(o.get("wkb").asText()));
        Map<String, Object> attrs = new LinkedHashMap<>();
        var it = o.get("attrs").fields();
        while (it.hasNext()) {
            var e = it.next();
            attrs.put(e.getKey(), value(e.getValue()));
        }
        return new Feature(o.get("id").asText(), g, attrs, o.get("version").asLong());
    }

    private static JsonNode value(Object v) {
        if (v == null) return JSON.nullNode();
        String type = v instanceof Integer ? "int"
                : v instanceof Long ? "long"
                : v instanceof Double ? "double"
                : v instanceof Boolean ? "bool"
                : v instanceof BigDecimal ? "decimal"
                : v instanceof LocalDate ? "date"
                : v instanceof LocalDateTime ? "datetime"
                : v instanceof Instant ? "instant"
                : "string";
        return JSON.createObjectNode().put("t", type).put("v", v.toString());
    }

    private static Object value(JsonNode n) {
        if (n.isNull()) return null;
        String v = n.get("v").asText();
        return switch (n.get("t").asText()) {
            case "int" -> Integer.valueOf(v);
            case "long" -> Long.valueOf(v);
            case "double" -> Double.valueOf(v);
            case "bool" -> Boolean.valueOf(v);
            case "decimal" -> new BigDecimal(v);
            case "date" -> LocalDate.parse(v);
            case "datetime" -> LocalDateTime.parse(v);
            case "instant" -> Instant.parse(v);
            default -> v;
        };
    }
}
