package org.onemap.datasources.h2gis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * An audit record's row image ({@link AuditJson}) read back as the {@link Feature} the store would have
 * returned then: attributes in the layer's schema order and as its field types' Java values, geometry
 * from WKT in SRID 4326. Columns the layer no longer has are dropped; fields it gained since read null.
 */
final class AuditImage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditImage() {}

    static Feature read(String json, LayerSchema schema) {
        if (json == null) return null;
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (IOException e) {
            throw new DataSourceException("unreadable audit record of layer " + schema.name() + ": " + e.getMessage(), e);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (FieldDef f : schema.fields()) attrs.put(f.name(), value(o.get(f.name()), f));
        String id = o.hasNonNull(SqlNames.ID) ? o.get(SqlNames.ID).asText() : null;
        long version = o.hasNonNull(SqlNames.VERSION) ? o.get(SqlNames.VERSION).asLong() : 0;
        return new Feature(id, geometry(o.get(SqlNames.GEOM), schema), attrs, version);
    }

    private static Geometry geometry(JsonNode wkt, LayerSchema schema) {
        if (wkt == null || wkt.isNull()) return null;
        try {
            Geometry g = new WKTReader().read(wkt.asText());
            g.setSRID(LayerSchema.WGS84);
            return g;
        } catch (ParseException e) {
            throw new DataSourceException("unreadable geometry in an audit record of layer " + schema.name() + ": " + e.getMessage(), e);
        }
    }

    private static Object value(JsonNode v, FieldDef f) {
        if (v == null || v.isNull()) return null;
        try {
            return switch (f.type()) {
                case STRING -> v.asText();
                case INTEGER -> v.asInt();
                case LONG -> v.asLong();
                case DOUBLE -> v.asDouble();
                case BOOLEAN -> v.asBoolean();
                case DATE -> LocalDate.parse(v.asText());
                case TIMESTAMP -> instant(v.asText());
            };
        } catch (DateTimeParseException e) {
            return v.asText(); // a column retyped with SQL since: show what was logged rather than fail
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(text);
        }
    }
}
