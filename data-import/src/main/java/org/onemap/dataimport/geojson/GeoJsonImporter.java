package org.onemap.dataimport.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * a bare geometry. The document is parsed as a whole.
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
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file.getFileName() + ":" + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.has("type")) throw new IOException(file.getFileName() + ": not a GeoJSON document (no \"type\")");
        String srs = ImportParameters.string(params, ImportParameters.SRS);
        String crs;
        String evidence;
        if (srs != null) {
            if (!CrsRegistry.isSupported(srs)) throw new ImportException("--srs " + srs + ": unknown CRS (expected EPSG:n or GCJ-02)");
            crs = CrsRegistry.canonical(srs);
            evidence = "given with --srs";
        } else if (root.path("crs").path("properties").has("name")) {
            String name = root.path("crs").path("properties").path("name").asText();
            String code = name.replaceAll(".*(EPSG|epsg)[^0-9]*(\\d+)$", "$2");
            if (name.contains("CRS84")) code = "4326";
            if (!code.matches("\\d+") || !CrsRegistry.isSupported("EPSG:" + code)) {
                throw new ImportException(file.getFileName() + ": its crs '" + name + "' is not one OneMap knows: give --srs");
            }
            crs = "EPSG:" + code;
            evidence = "from the crs member";
        } else {
            crs = CrsRegistry.WGS84;
            evidence = "GeoJSON default";
        }
        return new Source(file.getFileName().toString(), root, crs, evidence);
    }

    private static final class Source implements ImportSource {
        private final String file;
        private final JsonNode root;
        private final String crs;
        private final String evidence;
        private final LinkedHashSet<String> columns = new LinkedHashSet<>();

        Source(String file, JsonNode root, String crs, String evidence) {
            this.file = file;
            this.root = root;
            this.crs = crs;
            this.evidence = evidence;
        }

        @Override
        public List<String> description() { return List.of("CRS " + crs + " (" + evidence + ")"); }

        @Override
        public List<String> columns() { return new ArrayList<>(columns); }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) {
            GeoJsonGeometry geometries = new GeoJsonGeometry(new GeometryFactory());
            String type = root.path("type").asText();
            List<JsonNode> features = new ArrayList<>();
            if (type.equals("FeatureCollection")) root.path("features").forEach(features::add);
            else if (type.equals("Feature")) features.add(root);
            else features.add(null);
            for (JsonNode p : features) if (p != null) p.path("properties").fieldNames().forEachRemaining(columns::add);
            long row = 0;
            for (JsonNode f : features) {
                row++;
                ctx.progress().checkCancelled();
                JsonNode geom = f == null ? root : f.path("geometry");
                Geometry g;
                try {
                    g = geom.isNull() || geom.isMissingNode() ? null : geometries.read(geom);
                } catch (IllegalArgumentException e) {
                    ctx.report().error("", row, "geometry", "", e.getMessage());
                    continue;
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (String c : columns) {
                    JsonNode v = f == null ? null : f.path("properties").get(c);
                    attrs.put(c, value(v));
                }
                sink.accept(new SourceRecord("", row, g, crs, attrs));
            }
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
        public void close() { }
    }
}
