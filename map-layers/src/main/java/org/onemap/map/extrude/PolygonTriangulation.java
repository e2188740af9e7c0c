package org.onemap.map.extrude;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;
import org.locationtech.jts.triangulate.tri.Tri;

/**
 * Triangles covering a valid polygon with holes, each counter-clockwise in (east, north) coordinates,
 * as a flat {@code x0 y0 x1 y1 x2 y2 …} array. Fallback chain: JTS constrained Delaunay (well-shaped
 * triangles) → JTS ear clipping → nothing (the caller counts the polygon as skipped). Invalid
 * polygons are repaired by the caller first, so walls and top agree.
 */
final class PolygonTriangulation {
    private PolygonTriangulation() {}

    static double[] triangulate(Polygon polygon) {
        if (polygon.isEmpty() || !(polygon.getArea() > 0)) return new double[0];
        try {
            return flatten(new ConstrainedDelaunayTriangulator(polygon).getTriangles());
        } catch (RuntimeException delaunayFailed) {
            try {
                return flatten(new PolygonTriangulator(polygon).getTriangles());
            } catch (RuntimeException earClippingFailed) {
                return new double[0];
            }
        }
    }

    private static double[] flatten(List<Tri> tris) {
        double[] out = new double[tris.size() * 6];
        int at = 0;
        for (Tri t : tris) {
            Coordinate a = t.getCoordinate(0);
            Coordinate b = t.getCoordinate(1);
            Coordinate c = t.getCoordinate(2);
            double cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
            if (cross < 0) { Coordinate s = b; b = c; c = s; }   // the triangulators give either orientation
            out[at++] = a.x; out[at++] = a.y;
            out[at++] = b.x; out[at++] = b.y;
            out[at++] = c.x; out[at++] = c.y;
        }
        return out;
    }
}
