package org.onemap.datasources.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.onemap.core.feature.FieldDef;

/**
 * Reads one JSON message per the mapping: {@code {"id": "tractor-7", "lon": 112.9, "lat": 27.8,
 * "time": "2026-05-01T08:00:00Z" | epoch millis, "speed": 12.5}} (values may also sit in {@code "values"}).
 */
final class LiveMessageParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LiveFeedMapping mapping;

    LiveMessageParser(LiveFeedMapping mapping) {
        this.mapping = mapping;
    }

    /** The position, or an exception naming what is wrong with the message. */
    LivePosition parse(byte[] payload) {
        JsonNode n;
        try {
            n = JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        JsonNode id = n.get(mapping.idField());
        JsonNode lon = n.get(mapping.lonField());
        JsonNode lat = n.get(mapping.latField());
        if (id == null || id.isNull()) throw new IllegalArgumentException("no '" + mapping.idField() + "'");
        if (lon == null || !lon.isNumber() || lat == null || !lat.isNumber()) {
            throw new IllegalArgumentException("'" + mapping.lonField() + "'/'" + mapping.latField() + "' must be numbers");
        }
        Instant time = time(n.get(mapping.timeField()));
        JsonNode nested = n.get("values");
        Map<String, Object> values = new HashMap<>();
        for (FieldDef f : mapping.values()) {
            JsonNode v = n.has(f.name()) ? n.get(f.name()) : nested != null ? nested.get(f.name()) : null;
            if (v != null && !v.isNull()) values.put(f.name(), value(v, f));
        }
        return new LivePosition(id.asText(), lon.asDouble(), lat.asDouble(), time, values);
    }

    private static Instant time(JsonNode t) {
        if (t == null || t.isNull()) return Instant.now(); // devices without a clock: time of arrival
        if (t.isNumber()) return Instant.ofEpochMilli(t.asLong());
        try {
            return Instant.parse(t.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + t.asText() + "' is neither ISO-8601 nor epoch milliseconds");
        }
    }

    private static Object value(JsonNode v, FieldDef f) {
        return switch (f.type()) {
            case STRING -> v.asText();
            case INTEGER -> v.asInt();
            case LONG -> v.asLong();
            case DOUBLE -> v.asDouble();
            case BOOLEAN -> v.asBoolean();
            case DATE -> java.time.LocalDate.parse(v.asText());
            case TIMESTAMP -> time(v);
        };
    }
}
