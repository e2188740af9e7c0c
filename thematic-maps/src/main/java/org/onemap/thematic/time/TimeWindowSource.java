package org.onemap.thematic.time;

import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/** A layer restricted to one time window: every query gets the window's two conditions ANDed on. */
final class TimeWindowSource implements FeatureSource {
    private final FeatureSource source;
    private final AttributeFilter from;
    private final AttributeFilter to;

    TimeWindowSource(FeatureSource source, AttributeFilter from, AttributeFilter to) {
        this.source = source;
        this.from = from;
        this.to = to;
    }

    private Query restrict(Query q) {
        return q.and(from).and(to);
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

    /** The whole layer's extent: the view should not jump as the slider moves. */
    @Override
    public Envelope extent() {
        return source.extent();
    }
}
