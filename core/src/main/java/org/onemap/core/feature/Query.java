package org.onemap.core.feature;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * What to read from a {@link org.onemap.core.spi.FeatureSource}: an optional bbox (in the layer CRS,
 * features whose geometry intersects it), ANDed attribute filters and a limit (0 = no limit).
 */
public record Query(Envelope bbox, List<AttributeFilter> filters, int limit) {
    public static final Query ALL = new Query(null, List.of(), 0);

    public Query {
        filters = filters == null ? List.of() : List.copyOf(filters);
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }

    public static Query bbox(Envelope bbox) { return new Query(bbox, List.of(), 0); }

    public Query withLimit(int n) { return new Query(bbox, filters, n); }

    public Query and(AttributeFilter f) {
        var l = new java.util.ArrayList<>(filters);
        l.add(f);
        return new Query(bbox, l, limit);
    }
}
