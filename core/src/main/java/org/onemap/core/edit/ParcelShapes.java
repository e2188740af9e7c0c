package org.onemap.core.edit;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/** Builds new parcels from drawing gestures: a rectangle between two corners, a freehand trace. */
final class ParcelShapes {
    private ParcelShapes() {}

    static Geometry rectangle(GeometryFactory gf, Coordinate corner, Coordinate opposite) {
        Envelope env = new Envelope(corner, opposite);
        if (env.getWidth() <= 0 || env.getHeight() <= 0) {
            throw new EditException("Rectangle needs two corners that differ in both x and y");
        }
        return gf.toGeometry(env);
    }

    static Geometry freehand(GeometryFactory gf, Coordinate[] trace, double tolerance) {
        if (trace.length < 3) throw new EditException("Freehand trace needs at least three points, got " + trace.length);
        Coordinate[] closed = Arrays.copyOf(trace, trace.length + 1);
        closed[trace.length] = new Coordinate(trace[0]);
        if (trace[0].equals2D(trace[trace.length - 1])) closed = trace.clone();
        if (closed.length < 4) throw new EditException("Freehand trace encloses no area");
        Geometry raw = gf.createPolygon(closed);
        // a wobbly hand self-intersects: repair first, then drop the jitter
        Geometry repaired = ValidPolygons.repair(raw, "Freehand");
        return ValidPolygons.repair(DouglasPeuckerSimplifier.simplify(repaired, tolerance), "Freehand");
    }
}
