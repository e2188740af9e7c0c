package org.onemap.thematic.data;

import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A layer seen through attribute conditions (soil-moisture sensors of the sensor layer, high-standard
 * parcels …): every query gets them ANDed on, so the store can use its indexes. The extent is the
 * whole layer's (a view box, not a promise).
 */
public final class FilteredSource implements FeatureSource {
    private final FeatureSource source;
    private final List<AttributeFilter> filters;

    public FilteredSource(FeatureSource source, AttributeFilter... filters) {
        this.source = source;
        this.filters = List.of(filters);
    }

    private Query restrict(Query q) {
        Query out = q;
        for (AttributeFilter f : filters) out = out.and(f);
        return out;
    }

    @Override
    public LayerSchema schema() {
        return source.schema();
    }

    @Override
    public long count(Query query) {
        return source.count(restrict(query));
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        source.read(restrict(query), sink);
    }

    @Override
    public Envelope extent() {
        return source.extent();
    }
}
