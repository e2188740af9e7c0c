package org.onemap.datasources.http;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;

/**
 * The client-side half of a query: servers filter bbox on envelopes (or not at all, for a plain
 * GeoJSON file) and know nothing of our attribute filters, so each feature is checked exactly here.
 */
final class QueryMatch {
    private final Query query;
    private final Geometry box;

    QueryMatch(Query query) {
        this.query = query;
        this.box = query.bbox() == null ? null : new GeometryFactory().toGeometry(query.bbox());
    }

    boolean test(Feature f) {
        if (box != null) {
            Geometry g = f.geometry();
            if (g == null || !g.getEnvelopeInternal().intersects(query.bbox()) || !box.intersects(g)) return false;
        }
        for (AttributeFilter a : query.filters()) if (!a.test(f)) return false;
        return true;
    }
}
