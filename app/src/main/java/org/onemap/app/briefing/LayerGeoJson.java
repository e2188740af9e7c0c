package org.onemap.app.briefing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * One packaged layer as a GeoJSON FeatureCollection (lon/lat, RFC 7946) with the layer schema in a
 * foreign member {@code "onemap:schema"}, so attribute types (dates, integers) come back as they
 * were and the thematic modules classify the packaged subset exactly like the workspace.
 */
final class LayerGeoJson {
    private LayerGeoJson() {}

    static byte[] write(LayerSchema schema, List<Feature> features) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter geo = new GeoJsonWriter(9);
        geo.setEncodeCRS(false);
        try (JsonGenerator g = StoryJson.JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("onemap:schema");
            g.writeStringField("name", schema.name());
            g.writeStringField("geometryType", schema.geometryType().name());
            g.writeNumberField("srid", schema.srid());
            g.writeArrayFieldStart("fields");
            for (FieldDef f : schema.fields()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("type", f.type().name());
                g.writeBooleanField("required", f.required());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            for (Feature f : features) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                if (f.id() != null) g.writeStringField("id", f.id());
                g.writeFieldName("geometry");
                if (f.geometry() == null) g.writeNull();
                else g.writeRawValue(geo.write(f.geometry()));
                g.writeObjectFieldStart("properties");
                for (FieldDef d : schema.fields()) {
                    Object v = f.get(d.name());
                    if (v == null) g.writeNullField(d.name());
                    else if (v instanceof Number n) g.writeObjectField(d.name(), n);
                    else if (v instanceof Boolean b) g.writeBooleanField(d.name(), b);
                    else g.writeStringField(d.name(), text(v));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** Reads a packaged layer into {@code target} (a fresh layer of the same name). */
    static void read(byte[] bytes, DataSource target) throws IOException {
        JsonNode root = StoryJson.JSON.readTree(bytes);
        JsonNode s = root.get("onemap:schema");
        if (s == null) throw new IllegalArgumentException("no 'onemap:schema' member");
        List<FieldDef> fields = new ArrayList<>();
        for (JsonNode f : s.path("fields")) {
            fields.add(new FieldDef(f.path("name").asText(), FieldType.valueOf(f.path("type").asText()), f.path("required").asBoolean()));
        }
        LayerSchema schema = new LayerSchema(s.path("name").asText(), GeometryKind.valueOf(s.path("geometryType").asText()),
                s.path("srid").asInt(LayerSchema.WGS84), fields);
        FeatureStore store = target.createLayer(schema);
        GeoJsonReader geo = new GeoJsonReader();
        try (Transaction tx = store.begin("briefing")) {
            for (JsonNode f : root.path("features")) {
                JsonNode gj = f.get("geometry");
                Geometry geom = gj == null || gj.isNull() ? null : geo.read(gj.toString());
                if (geom != null) geom.setSRID(schema.srid());
                Map<String, Object> attrs = new LinkedHashMap<>();
                JsonNode p = f.path("properties");
                for (FieldDef d : fields) attrs.put(d.name(), value(p.get(d.name()), d.type()));
                tx.insert(new Feature(numericId(f.path("id").asText(null)), geom, attrs, 1));
            }
            tx.commit();
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad geometry in layer " + schema.name() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) throw r;
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** ISO text for dates and times, whichever class the store hands out. */
    private static String text(Object v) {
        if (v instanceof java.sql.Timestamp t) return t.toInstant().toString();
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof java.time.OffsetDateTime o) return o.toInstant().toString();
        if (v instanceof java.time.LocalDateTime l) return l.toInstant(java.time.ZoneOffset.UTC).toString();
        if (v instanceof java.util.Date d) return d.toInstant().toString();
        return v.toString();
    }

    private static String numericId(String id) {
        if (id == null) return null;
        try {
            Long.parseLong(id);
            return id;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object value(JsonNode v, FieldType type) {
        if (v == null || v.isNull()) return null;
        return switch (type) {
            case STRING -> v.asText();
            case INTEGER -> v.asInt();
            case LONG -> v.asLong();
            case DOUBLE -> v.asDouble();
            case BOOLEAN -> v.asBoolean();
            case DATE -> LocalDate.parse(v.asText());
            case TIMESTAMP -> Instant.parse(v.asText());
        };
    }
}
