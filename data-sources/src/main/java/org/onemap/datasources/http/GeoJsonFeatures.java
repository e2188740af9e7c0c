package org.onemap.datasources.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * GeoJSON features (RFC 7946, CRS84 lon/lat) → OneMap features, and a layer schema inferred from a
 * sample: a field is the widest type its values take (integer → long → double → string).
 */
final class GeoJsonFeatures {
    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), LayerSchema.WGS84);

    private GeoJsonFeatures() {}

    static List<Feature> parse(JsonNode collection, LayerSchema schema) {
        if (!"FeatureCollection".equals(collection.path("type").asText())) {
            throw new DataSourceException("expected a GeoJSON FeatureCollection, got type '" + collection.path("type").asText() + "'");
        }
        List<Feature> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : collection.path("features")) {
            n++;
            Map<String, Object> attrs = new LinkedHashMap<>();
            JsonNode props = f.path("properties");
            for (FieldDef d : schema.fields()) attrs.put(d.name(), value(props.get(d.name()), d.type()));
            JsonNode id = f.get("id");
            out.add(new Feature(id == null || id.isNull() ? String.valueOf(n) : id.asText(), geometry(f.get("geometry")), attrs, 1));
        }
        return out;
    }

    static Geometry geometry(JsonNode g) {
        if (g == null || g.isNull()) return null;
        try {
            Geometry geom = new GeoJsonReader(GF).read(g.toString());
            geom.setSRID(LayerSchema.WGS84);
            return geom;
        } catch (ParseException e) {
            throw new DataSourceException("unreadable GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    static LayerSchema inferSchema(String name, JsonNode collection) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        GeometryKind kind = null;
        for (JsonNode f : collection.path("features")) {
            JsonNode g = f.get("geometry");
            if (g != null && !g.isNull()) {
                GeometryKind k = GeometryKind.parse(g.path("type").asText());
                kind = kind == null || kind == k ? k : widen(kind, k);
            }
            Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
            while (it.hasNext()) {
                var e = it.next();
                FieldType t = type(e.getValue());
                if (t == null) continue;
                types.merge(e.getKey(), t, GeoJsonFeatures::widen);
            }
        }
        List<FieldDef> fields = new ArrayList<>();
        types.forEach((k, t) -> fields.add(FieldDef.of(k, t)));
        return new LayerSchema(name, kind == null ? GeometryKind.GEOMETRY : kind, LayerSchema.WGS84, fields);
    }

    private static GeometryKind widen(GeometryKind a, GeometryKind b) {
        if (a.isPolygonal() && b.isPolygonal()) return GeometryKind.MULTIPOLYGON;
        if (a.isLineal() && b.isLineal()) return GeometryKind.MULTILINESTRING;
        if (a.isPuntal() && b.isPuntal()) return GeometryKind.MULTIPOINT;
        return GeometryKind.GEOMETRY;
    }

    private static FieldType type(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return FieldType.BOOLEAN;
        if (v.isIntegralNumber()) return v.canConvertToInt() ? FieldType.INTEGER : FieldType.LONG;
        if (v.isNumber()) return FieldType.DOUBLE;
        return FieldType.STRING; // strings, and nested objects/arrays kept as their JSON text
    }

    private static FieldType widen(FieldType a, FieldType b) {
        if (a == b) return a;
        boolean numeric = a != FieldType.STRING && a != FieldType.BOOLEAN && b != FieldType.STRING && b != FieldType.BOOLEAN;
        if (!numeric) return FieldType.STRING;
        if (a == FieldType.DOUBLE || b == FieldType.DOUBLE) return FieldType.DOUBLE;
        return FieldType.LONG;
    }

    private static Object value(JsonNode v, FieldType t) {
        if (v == null || v.isNull()) return null;
        return switch (t) {
            case INTEGER -> v.isNumber() ? v.intValue() : null;
            case LONG -> v.isNumber() ? v.longValue() : null;
            case DOUBLE -> v.isNumber() ? v.doubleValue() : null;
            case BOOLEAN -> v.isBoolean() ? v.booleanValue() : null;
            default -> v.isValueNode() ? v.asText() : v.toString();
        };
    }
}
