package org.onemap.core.crs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * GCJ-02 ("Mars coordinates"), the obfuscated datum of Chinese web maps (Amap, Tencent). Not an EPSG
 * CRS, so proj4j cannot do it. The forward WGS84 → GCJ-02 shift is the widely published formula
 * (Krasovsky ellipsoid constants, polynomial + sine terms); the inverse has no closed form and is
 * solved by fixed-point iteration until the forward image of the estimate matches the input to 1e-9°
 * (≈ 0.1 mm), which converges in 3–5 steps because the shift varies slowly (≤ 1e-5 per metre).
 * Outside mainland China the shift is zero (as in every published implementation).
 */
public final class Gcj02 {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double EPS = 1e-9;
    private static final int MAX_ITER = 30;

    private Gcj02() {}

    /** True where GCJ-02 applies (the rough mainland box used by the published formula). */
    public static boolean inChina(double lon, double lat) {
        return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    /** WGS84 lon/lat → GCJ-02 lon/lat. */
    public static double[] fromWgs84(double lon, double lat) {
        if (!inChina(lon, lat)) return new double[] {lon, lat};
        double dLat = shiftLat(lon - 105.0, lat - 35.0);
        double dLon = shiftLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lon + dLon, lat + dLat};
    }

    /** GCJ-02 lon/lat → WGS84 lon/lat, by iterating the forward formula. */
    public static double[] toWgs84(double lon, double lat) {
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < MAX_ITER; i++) {
            double[] g = fromWgs84(wLon, wLat);
            double eLon = g[0] - lon;
            double eLat = g[1] - lat;
            if (Math.abs(eLon) < EPS && Math.abs(eLat) < EPS) break;
            wLon -= eLon;
            wLat -= eLat;
        }
        return new double[] {wLon, wLat};
    }

    /** A copy of {@code g} with every coordinate moved from GCJ-02 to WGS84. */
    public static Geometry toWgs84(Geometry g) {
        return transformed(g, true);
    }

    /** A copy of {@code g} with every coordinate moved from WGS84 to GCJ-02. */
    public static Geometry fromWgs84(Geometry g) {
        return transformed(g, false);
    }

    private static Geometry transformed(Geometry g, boolean inverse) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] r = inverse ? toWgs84(seq.getX(i), seq.getY(i)) : fromWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, Coordinate.X, r[0]);
                seq.setOrdinate(i, Coordinate.Y, r[1]);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }

    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
