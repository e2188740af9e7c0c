package org.onemap.dataimport.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * Layer → GeoJSON per RFC 7946: one UTF-8 FeatureCollection in WGS 84 lon/lat (no {@code crs} member),
 * the feature id as {@code id}, attributes as {@code properties}; streamed with Jackson's generator.
 */
public final class GeoJsonExport implements LayerExporter {
    @Override
    public String id() { return "geojson"; }

    @Override
    public List<String> extensions() { return List.of("geojson", "json"); }

    @Override
    public ExportResult export(FeatureSource source, Query query, Path target) throws IOException {
        LayerSchema schema = source.schema();
        Wgs84 wgs84 = new Wgs84(schema);
        long[] n = {0};
        try (PartFile part = new PartFile(target)) {
            try (JsonGenerator g = new JsonFactory().createGenerator(part.path().toFile(), JsonEncoding.UTF8)) {
                GeoJsonWriter geometry = new GeoJsonWriter(g);
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeStringField("name", schema.name());
                g.writeArrayFieldStart("features");
                try {
                    source.read(query, f -> {
                        try {
                            g.writeStartObject();
                            g.writeStringField("type", "Feature");
                            if (f.id() != null) g.writeStringField("id", f.id());
                            g.writeObjectFieldStart("properties");
                            for (FieldDef d : schema.fields()) {
                                g.writeFieldName(d.name());
                                writeValue(g, f.get(d.name()));
                            }
                            g.writeEndObject();
                            g.writeFieldName("geometry");
                            geometry.write(wgs84.apply(f.geometry()));
                            g.writeEndObject();
                            n[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            part.commit();
        }
        Map<String, String> names = new LinkedHashMap<>();
        schema.fields().forEach(d -> names.put(d.name(), d.name()));
        return new ExportResult(List.of(target), n[0], names);
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Integer || v instanceof Long || v instanceof Short) g.writeNumber(((Number) v).longValue());
        else if (v instanceof Double d && Double.isFinite(d)) g.writeNumber(d);
        else if (v instanceof Float fl && Float.isFinite(fl)) g.writeNumber(fl);
        else if (v instanceof java.math.BigDecimal b) g.writeNumber(b);
        else if (v instanceof Number) g.writeNull(); // NaN and infinities have no JSON form
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else g.writeString(v.toString()); // dates and instants as ISO-8601 text
    }
}
