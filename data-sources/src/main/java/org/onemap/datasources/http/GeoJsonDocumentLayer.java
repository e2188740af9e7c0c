package org.onemap.datasources.http;

import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/** A plain GeoJSON URL: fetched once when opened and queried in memory. */
final class GeoJsonDocumentLayer implements FeatureSource {
    private final LayerSchema schema;
    private final List<Feature> features;
    private final Envelope extent;

    GeoJsonDocumentLayer(LayerSchema schema, List<Feature> features) {
        this.schema = schema;
        this.features = List.copyOf(features);
        Envelope e = new Envelope();
        for (Feature f : features) if (f.geometry() != null && !f.geometry().isEmpty()) e.expandToInclude(f.geometry().getEnvelopeInternal());
        this.extent = e.isNull() ? null : e;
    }

    @Override
    public LayerSchema schema() { return schema; }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        QueryMatch match = new QueryMatch(query);
        int n = 0;
        for (Feature f : features) {
            if (!match.test(f)) continue;
            sink.accept(f);
            if (query.limit() > 0 && ++n >= query.limit()) return;
        }
    }

    @Override
    public Envelope extent() { return extent; }
}
