package org.onemap.thematic.render;

import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;

/** Where a symbol or chart of a feature sits: a point's own position, else a point inside the area or on the line. */
final class Anchors {
    private Anchors() {}

    static Point of(Geometry g) {
        if (g instanceof Point p) return p;
        return g.getInteriorPoint();
    }

    /** Features whose geometry may show in the view, with {@code marginPx} logical pixels around it. */
    static void inView(FeatureSource source, Viewport vp, int marginPx, Consumer<Feature> sink) {
        Envelope box = vp.expandedBy(marginPx).lonLatBounds();
        source.read(Query.bbox(box), f -> {
            if (f.geometry() != null && !f.geometry().isEmpty()) sink.accept(f);
        });
    }
}
