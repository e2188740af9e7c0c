package org.onemap.dataimport.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;

/**
 * Imports GeoJSON (RFC 7946: WGS84 lon/lat; a legacy {@code crs} member naming an EPSG code is honoured,
 * {@code --srs} overrides both, e.g. GCJ-02 for web-map exports). A FeatureCollection, a single Feature or
 * a bare geometry. A FeatureCollection is streamed feature by feature ({@link GeoJsonStream}): memory stays
 * bounded by one feature whatever the file size.
 */
public final class GeoJsonImporter implements Importer {
    @Override
    public String id() { return "geojson"; }

    @Override
    public String displayName() { return "GeoJSON (.geojson .json)"; }

    @Override
    public boolean canRead(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".json");
    }

    @Override
    public List<Parameter> parameters() { return List.of(ImportParameters.SRS_PARAM); }

    @Override
    public ImportSource open(Path file, Map<String, ?> params) throws IOException {
        GeoJsonStream stream = GeoJsonStream.open(file);
        try {
            return new Source(file, stream, crs(file, stream.crs(), ImportParameters.string(params, ImportParameters.SRS)));
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** The source CRS and why: {@code --srs}, else the legacy crs member, else the GeoJSON default (WGS84). */
    private static String[] crs(Path file, JsonNode member, String srs) {
        if (srs != null) {
            if (!CrsRegistry.isSupported(srs)) throw new ImportException("--srs " + srs + ": unknown CRS (expected EPSG:n or GCJ-02)");
            return new String[] {CrsRegistry.canonical(srs), "given with --srs"};
        }
        if (member != null && member.path("properties").has("name")) {
            String name = member.path("properties").path("name").asText();
            String code = name.replaceAll(".*(EPSG|epsg)[^0-9]*(\\d+)$", "$2");
            if (name.contains("CRS84")) code = "4326";
            if (!code.matches("\\d+") || !CrsRegistry.isSupported("EPSG:" + code)) {
                throw new ImportException(file.getFileName() + ": its crs '" + name + "' is not one OneMap knows: give --srs");
            }
            return new String[] {"EPSG:" + code, "from the crs member"};
        }
        return new String[] {CrsRegistry.WGS84, "GeoJSON default"};
    }

    /**
     * Streams the features ({@link GeoJsonStream}): columns are the property names met so far, in order of
     * first appearance, so after a full read they are all of them; a record carries the properties its
     * feature has (a missing one reads as null).
     */
    private static final class Source implements ImportSource {
        private final Path file;
        private final String crs;
        private final String evidence;
        private final LinkedHashSet<String> columns = new LinkedHashSet<>();
        private GeoJsonStream stream; // the one opened to read the head; a second read reopens the file

        Source(Path file, GeoJsonStream stream, String[] crs) {
            this.file = file;
            this.stream = stream;
            this.crs = crs[0];
            this.evidence = crs[1];
        }

        @Override
        public List<String> description() { return List.of("CRS " + crs + " (" + evidence + ")"); }

        @Override
        public List<String> columns() { return new ArrayList<>(columns); }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) throws IOException {
            GeoJsonStream in = stream != null ? stream : GeoJsonStream.open(file);
            stream = null;
            try (in) {
                GeoJsonGeometry geometries = new GeoJsonGeometry(new GeometryFactory());
                JsonNode doc = in.document();
                if (doc == null) {
                    JsonNode f;
                    while ((f = in.next()) != null) {
                        ctx.progress().checkCancelled();
                        record(ctx, sink, geometries, in.count(), f, f.path("geometry"));
                        if ((in.count() & 1023) == 0) ctx.progress().advance("read " + file.getFileName(), in.count(), -1);
                    }
                } else if (in.type().equals("Feature")) {
                    record(ctx, sink, geometries, 1, doc, doc.path("geometry"));
                } else if (!in.type().equals("FeatureCollection")) {
                    record(ctx, sink, geometries, 1, null, doc);
                }
            }
        }

        private void record(ImportContext ctx, Consumer<SourceRecord> sink, GeoJsonGeometry geometries, long row, JsonNode f, JsonNode geom) {
            Geometry g;
            try {
                g = geom.isNull() || geom.isMissingNode() ? null : geometries.read(geom);
            } catch (IllegalArgumentException e) {
                ctx.report().error("", row, "geometry", "", e.getMessage());
                return;
            }
            Map<String, Object> attrs = new LinkedHashMap<>();
            if (f != null) {
                f.path("properties").fields().forEachRemaining(e -> {
                    columns.add(e.getKey());
                    attrs.put(e.getKey(), value(e.getValue()));
                });
            }
            sink.accept(new SourceRecord("", row, g, crs, attrs));
        }

        private static Object value(JsonNode v) {
            if (v == null || v.isNull() || v.isMissingNode()) return null;
            if (v.isIntegralNumber()) return v.asLong();
            if (v.isNumber()) return v.asDouble();
            if (v.isBoolean()) return v.asBoolean();
            if (v.isTextual()) return v.asText();
            return v.toString();
        }

        @Override
        public void close() throws IOException {
            if (stream != null) stream.close();
        }
    }
}
