package org.onemap.datasources.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;

/**
 * A read-only source over HTTP. The URL is either a plain GeoJSON FeatureCollection (one layer) or an
 * OGC API Features service: its landing page (or {@code /collections}) is discovered and every
 * collection becomes a layer, read page by page. Schemas are inferred from a first small page.
 */
public final class HttpSource implements DataSource {
    private static final int SAMPLE = 50;
    private final Map<String, FeatureSource> layers = new LinkedHashMap<>();

    private HttpSource() {}

    /**
     * Opens {@code url}. {@code layerName} names the layer of a plain GeoJSON URL (ignored for OGC API);
     * {@code pageSize} is the {@code limit=} asked per page.
     */
    public static HttpSource open(URI url, String layerName, int pageSize, Duration timeout) {
        if (pageSize < 1) throw new DataSourceException("pageSize must be at least 1, got " + pageSize);
        HttpJson http = new HttpJson(timeout);
        HttpJson.Document doc = http.get(url);
        HttpSource s = new HttpSource();
        JsonNode json = doc.json();
        if ("FeatureCollection".equals(json.path("type").asText())) {
            String name = layerName != null ? layerName : nameFromPath(url);
            LayerSchema schema = GeoJsonFeatures.inferSchema(name, json);
            List<Feature> features = GeoJsonFeatures.parse(json, schema);
            s.layers.put(name, new GeoJsonDocumentLayer(schema, features));
            return s;
        }
        if (!json.has("collections")) {
            URI collections = OgcLinks.find(doc, "data")
                    .orElseThrow(() -> new DataSourceException(url + ": neither GeoJSON nor an OGC API Features landing page (no rel=data link)"));
            doc = http.get(collections);
        }
        HttpJson.Document list = doc;
        for (JsonNode c : list.json().path("collections")) {
            if (c.has("itemType") && !"feature".equals(c.path("itemType").asText())) continue;
            String id = c.path("id").asText();
            URI items = OgcLinks.find(list.uri(), c, "items")
                    .orElseGet(() -> list.uri().resolve(list.uri().getPath().replaceAll("/?$", "/") + id + "/items"));
            s.layers.put(id, collection(http, id, items, extent(c), pageSize));
        }
        return s;
    }

    private static OgcCollectionLayer collection(HttpJson http, String id, URI items, Envelope extent, int pageSize) {
        // one small page gives the schema, and numberMatched (optional in the spec) when the server tells it
        URI sample = URI.create(items + (items.toString().contains("?") ? "&" : "?") + "limit=" + SAMPLE);
        JsonNode first = http.get(sample).json();
        LayerSchema schema = GeoJsonFeatures.inferSchema(id, first);
        Long matched = first.hasNonNull("numberMatched") ? first.get("numberMatched").asLong() : null;
        return new OgcCollectionLayer(http, items, schema, extent, pageSize, matched);
    }

    /** The collection's first spatial bbox when it is CRS84 (the default), else null. */
    private static Envelope extent(JsonNode collection) {
        JsonNode spatial = collection.path("extent").path("spatial");
        String crs = spatial.path("crs").asText("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode b = spatial.path("bbox").path(0);
        if (!crs.endsWith("CRS84") || b.size() < 4) return null;
        int dims = b.size() / 2; // 4 or 6 numbers (with heights)
        return new Envelope(b.get(0).asDouble(), b.get(dims).asDouble(), b.get(1).asDouble(), b.get(dims + 1).asDouble());
    }

    private static String nameFromPath(URI url) {
        String p = url.getPath() == null ? "" : url.getPath();
        String last = p.substring(p.lastIndexOf('/') + 1).replaceAll("\\.(geo)?json$", "");
        return last.isEmpty() ? "geojson" : last;
    }

    @Override
    public List<LayerInfo> layers() {
        List<LayerInfo> out = new ArrayList<>();
        for (FeatureSource l : layers.values()) out.add(new LayerInfo(l.name(), l.schema().geometryType(), l.count(Query.ALL), l.extent()));
        return out;
    }

    @Override
    public FeatureSource layer(String name) {
        FeatureSource l = layers.get(name);
        if (l == null) throw new UnknownLayerException(name);
        return l;
    }

    @Override
    public Optional<FeatureStore> writableLayer(String name) {
        return Optional.empty();
    }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        throw new DataSourceException("an HTTP source is read-only");
    }

    @Override
    public void close() {}
}
