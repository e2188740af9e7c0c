package org.onemap.dataimport.pipeline;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A cheap proof of validity for the common parcel, so that JTS {@code isValid} (a full noding of every
 * ring, the largest validation cost of a million-parcel import) runs only where it can find something:
 * a polygon without holes whose shell is strictly convex and turns around exactly once is simple, hence
 * valid; a multipolygon of such polygons with pairwise disjoint envelopes is valid too. Anything else
 * (holes, concave or degenerate rings, touching parts, NaN) is left to {@code isValid}: {@code false}
 * here means "not proven", never "invalid".
 */
final class ConvexRings {
    /** Pairwise envelope checks grow with the square of the parts: larger multipolygons go to JTS. */
    private static final int MAX_PARTS = 8;

    private ConvexRings() {}

    static boolean provenValid(Geometry g) {
        if (g instanceof Polygon p) return convexShell(p);
        if (g instanceof MultiPolygon m) {
            int n = m.getNumGeometries();
            if (n == 0 || n > MAX_PARTS) return false;
            for (int i = 0; i < n; i++) {
                if (!convexShell((Polygon) m.getGeometryN(i))) return false;
                Envelope e = m.getGeometryN(i).getEnvelopeInternal();
                for (int k = 0; k < i; k++) {
                    if (e.intersects(m.getGeometryN(k).getEnvelopeInternal())) return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A hole-free polygon whose shell turns the same way at every vertex and winds once. */
    private static boolean convexShell(Polygon p) {
        if (p.isEmpty() || p.getNumInteriorRing() > 0) return false;
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int n = s.size() - 1; // distinct vertices; the ring is closed
        if (n < 3) return false;
        for (int i = 0; i <= n; i++) {
            if (!Double.isFinite(s.getX(i)) || !Double.isFinite(s.getY(i))) return false;
        }
        int sign = 0;
        double turned = 0;
        for (int i = 0; i < n; i++) {
            int a = (i + n - 1) % n, b = i, c = (i + 1) % n;
            // robust orientation: 0 means a repeated point or a straight vertex, which this proof does not cover
            int o = Orientation.index(s.getCoordinate(a), s.getCoordinate(b), s.getCoordinate(c));
            if (o == 0 || (sign != 0 && o != sign)) return false;
            sign = o;
            double in = Math.atan2(s.getY(b) - s.getY(a), s.getX(b) - s.getX(a));
            double out = Math.atan2(s.getY(c) - s.getY(b), s.getX(c) - s.getX(b));
            double d = out - in;
            if (d <= -Math.PI) d += 2 * Math.PI;
            else if (d > Math.PI) d -= 2 * Math.PI;
            turned += d;
        }
        // same-sign turns total ±2π for a convex ring, ±4π or more for a star that crosses itself
        return Math.abs(turned) < 3 * Math.PI;
    }
}
