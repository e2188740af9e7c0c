package org.onemap.core.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;

/**
 * Lengths and areas of lon/lat geometries on the WGS84 ellipsoid, with GeographicLib's geodesic
 * algorithms (accurate to nanometres for distances, and exact for polygons whose edges are geodesics).
 * CGCS2000's ellipsoid differs from WGS84's by 0.1 mm in the semi-minor axis, far below survey
 * precision, so the same numbers serve CGCS2000 data.
 *
 * <p>Coordinates are x = longitude, y = latitude in degrees; a latitude beyond ±90° means the
 * geometry is in a projected CRS and is rejected rather than silently measured as nonsense. Use the
 * overloads taking a CRS id to measure geometries in other CRSs.
 */
public final class EllipsoidalMeasure {
    private static final Geodesic WGS84 = Geodesic.WGS84;

    private EllipsoidalMeasure() {}

    /** Geodesic distance in metres between two lon/lat points. */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        checkLatitude(lat1);
        checkLatitude(lat2);
        return WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /**
     * Total geodesic length in metres of every line and ring in {@code g}, like JTS
     * {@link Geometry#getLength()}: a polygon counts its exterior and hole boundaries, points count 0.
     */
    public static double length(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                sum += length(part);
            } else if (part instanceof LineString line) {
                sum += lineLength(line.getCoordinateSequence());
            } else if (part instanceof Polygon poly) {
                sum += perimeter(poly);
            }
        }
        return sum;
    }

    /** Boundary length in metres of the polygonal parts of {@code g} (exterior rings plus holes); 0 for lines and points. */
    public static double perimeter(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                sum += perimeter(part);
            } else if (part instanceof Polygon poly) {
                sum += lineLength(poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    sum += lineLength(poly.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        }
        return sum;
    }

    /**
     * Area in square metres of the polygonal parts of {@code g}: each polygon's exterior minus its holes,
     * summed over parts; independent of ring orientation; 0 for lines and points.
     */
    public static double area(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                sum += area(part);
            } else if (part instanceof Polygon poly && !poly.isEmpty()) {
                double a = ringArea(poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    a -= ringArea(poly.getInteriorRingN(h).getCoordinateSequence());
                }
                sum += Math.max(0, a);
            }
        }
        return sum;
    }

    /** {@link #area(Geometry)} of a geometry whose coordinates are in {@code crs} (any id {@link CrsRegistry} reads). */
    public static double area(Geometry g, String crs) {
        return area(toLonLat(g, crs));
    }

    /** {@link #length(Geometry)} of a geometry whose coordinates are in {@code crs}. */
    public static double length(Geometry g, String crs) {
        return length(toLonLat(g, crs));
    }

    private static Geometry toLonLat(Geometry g, String crs) {
        CoordinateTransform t = CoordinateTransform.between(crs, CrsRegistry.WGS84);
        return t.isIdentity() ? g : t.transform(g);
    }

    private static double lineLength(CoordinateSequence seq) {
        double sum = 0;
        for (int i = 1; i < seq.size(); i++) {
            sum += distance(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i));
        }
        return sum;
    }

    /** Unsigned area of one ring; GeographicLib closes the ring itself, so the repeated last point is skipped. */
    private static double ringArea(CoordinateSequence seq) {
        int n = seq.size();
        if (n > 1 && seq.getX(0) == seq.getX(n - 1) && seq.getY(0) == seq.getY(n - 1)) n--;
        if (n < 3) return 0;
        PolygonArea polygon = new PolygonArea(WGS84, false);
        for (int i = 0; i < n; i++) {
            checkLatitude(seq.getY(i));
            polygon.AddPoint(seq.getY(i), seq.getX(i));
        }
        // sign = true: a clockwise ring gives a negative area instead of "the rest of the earth"
        return Math.abs(polygon.Compute(false, true).area);
    }

    private static void checkLatitude(double lat) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("expected lon/lat degrees but found y = " + lat
                    + "; transform projected geometries to EPSG:4326 first or pass their CRS");
        }
    }
}
