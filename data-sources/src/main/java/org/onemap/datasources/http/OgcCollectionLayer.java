package org.onemap.datasources.http;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * One OGC API Features collection read page by page: {@code items?limit=…&bbox=…} then the
 * {@code rel=next} links until they stop or the query's limit is reached. Coordinates are CRS84.
 */
final class OgcCollectionLayer implements FeatureSource {
    private final HttpJson http;
    private final URI items;
    private final LayerSchema schema;
    private final Envelope extent;
    private final int pageSize;
    private final Long numberMatched;

    OgcCollectionLayer(HttpJson http, URI items, LayerSchema schema, Envelope extent, int pageSize, Long numberMatched) {
        this.http = http;
        this.items = items;
        this.schema = schema;
        this.extent = extent;
        this.pageSize = pageSize;
        this.numberMatched = numberMatched;
    }

    @Override
    public LayerSchema schema() { return schema; }

    @Override
    public long count(Query query) {
        if (query.bbox() == null && query.filters().isEmpty() && numberMatched != null) {
            return query.limit() > 0 ? Math.min(query.limit(), numberMatched) : numberMatched;
        }
        return FeatureSource.super.count(query);
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        QueryMatch match = new QueryMatch(query);
        // with attribute filters the server cannot apply our limit; without, ask only for what is needed
        int page = query.limit() > 0 && query.filters().isEmpty() ? Math.min(pageSize, query.limit()) : pageSize;
        URI next = firstPage(query.bbox(), page);
        int n = 0;
        while (next != null) {
            HttpJson.Document doc = http.get(next);
            for (Feature f : GeoJsonFeatures.parse(doc.json(), schema)) {
                if (!match.test(f)) continue;
                sink.accept(f);
                if (query.limit() > 0 && ++n >= query.limit()) return;
            }
            if (doc.json().path("features").isEmpty()) return; // a server that keeps linking past the end
            next = OgcLinks.find(doc, "next").orElse(null);
        }
    }

    @Override
    public Envelope extent() { return extent; }

    private URI firstPage(Envelope bbox, int limit) {
        StringBuilder q = new StringBuilder("limit=").append(limit);
        if (bbox != null) {
            q.append("&bbox=").append(String.format(Locale.ROOT, "%s,%s,%s,%s",
                    num(bbox.getMinX()), num(bbox.getMinY()), num(bbox.getMaxX()), num(bbox.getMaxY())));
        }
        String s = items.toString();
        return URI.create(s + (s.contains("?") ? "&" : "?") + q);
    }

    private static String num(double d) {
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }
}
