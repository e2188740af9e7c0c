package org.onemap.sample.synthetic;

/**
 * Metres per degree of longitude and latitude at a given latitude on the WGS84 ellipsoid (meridian
 * and prime-vertical radii), for laying out shapes a few hundred metres across in lon/lat. Areas
 * reported to users are measured with {@link org.onemap.core.geodesy.EllipsoidalMeasure} instead.
 */
final class LocalScale {
    private static final double A = 6378137.0;
    private static final double E2 = 0.00669437999014;

    private LocalScale() {}

    static double metresPerDegreeLon(double lat) {
        double phi = Math.toRadians(lat);
        double s = StrictMath.sin(phi);
        double n = A / Math.sqrt(1 - E2 * s * s);
        return n * StrictMath.cos(phi) * Math.PI / 180.0;
    }

    static double metresPerDegreeLat(double lat) {
        double s = StrictMath.sin(Math.toRadians(lat));
        double w = 1 - E2 * s * s;
        double m = A * (1 - E2) / (w * Math.sqrt(w));
        return m * Math.PI / 180.0;
    }
}
