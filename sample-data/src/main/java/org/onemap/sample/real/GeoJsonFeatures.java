package org.onemap.sample.real;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.onemap.core.crs.Gcj02;
import org.onemap.core.feature.LayerSchema;

/**
 * Reads a shipped GeoJSON FeatureCollection: Jackson for the collection and properties, JTS
 * {@link GeoJsonReader} for each geometry. GCJ-02 files come back already converted to WGS84.
 */
final class GeoJsonFeatures {
    /** Geometry factory of every sample layer: floating precision, SRID 4326. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), LayerSchema.WGS84);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One GeoJSON feature: WGS84 geometry and its properties as JSON scalars (String, Integer, Double, Boolean, null). */
    record Raw(Geometry geometry, Map<String, Object> properties) {
        String text(String key) {
            Object v = properties.get(key);
            return v == null ? null : v.toString();
        }
    }

    private GeoJsonFeatures() {}

    static List<Raw> read(RealData data) {
        JsonNode root;
        try (InputStream in = data.open()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data.relativePath(), e);
        }
        GeoJsonReader reader = new GeoJsonReader(FACTORY);
        List<Raw> out = new ArrayList<>();
        int index = 0;
        for (JsonNode f : root.path("features")) {
            Geometry g;
            try {
                g = reader.read(f.get("geometry").toString());
            } catch (ParseException | RuntimeException e) {
                throw new IllegalStateException(data.relativePath() + ": feature " + index + " has an unreadable geometry", e);
            }
            if (data.gcj02()) g = Gcj02.toWgs84(g);
            g.setSRID(LayerSchema.WGS84);
            @SuppressWarnings("unchecked")
            Map<String, Object> props = f.hasNonNull("properties")
                    ? JSON.convertValue(f.get("properties"), LinkedHashMap.class) : new LinkedHashMap<>();
            out.add(new Raw(g, props));
            index++;
        }
        return out;
    }
}
