package org.onemap.core.crs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Web Mercator (EPSG:3857) in closed form, plus the tile arithmetic of 256-px OSM/XYZ tiles.
 *
 * <p>This is the renderer's hot path, so it avoids proj4j: the sphere of radius 6378137 m makes the
 * projection two lines each way. Latitudes are clamped to ±{@link #MAX_LATITUDE}, where the square
 * world ends, so poles give a finite y instead of infinity. Zoom levels are doubles so fractional
 * zoom (4K walls, pinch zoom) works; an {@code int} zoom widens as usual.
 */
public final class WebMercator {
    /** Radius of the Web Mercator sphere (the WGS84 semi-major axis), metres. */
    public static final double RADIUS = 6378137.0;
    /** Latitude at which the projected world becomes square: atan(sinh(π)) in degrees. */
    public static final double MAX_LATITUDE = 85.0511287798066;
    /** Half the width of the projected world, metres (x and y run from −this to +this). */
    public static final double HALF_WORLD = Math.PI * RADIUS;
    /** Side of a map tile in pixels. */
    public static final int TILE_SIZE = 256;

    private WebMercator() {}

    /** Projected x (metres) of a longitude in degrees. */
    public static double x(double lon) {
        return Math.toRadians(lon) * RADIUS;
    }

    /** Projected y (metres) of a latitude in degrees, clamped to ±{@link #MAX_LATITUDE}. */
    public static double y(double lat) {
        double phi = Math.toRadians(clampLatitude(lat));
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    /** Longitude (degrees) of a projected x. */
    public static double lonOfX(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    /** Latitude (degrees) of a projected y. */
    public static double latOfY(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(y / RADIUS)));
    }

    /** lon/lat degrees → {x, y} metres. */
    public static double[] fromLonLat(double lon, double lat) {
        return new double[] {x(lon), y(lat)};
    }

    /** {x, y} metres → {lon, lat} degrees. */
    public static double[] toLonLat(double x, double y) {
        return new double[] {lonOfX(x), latOfY(y)};
    }

    /** A copy of a lon/lat geometry in Web Mercator metres. */
    public static Geometry fromLonLat(Geometry g) {
        return transformed(g, true);
    }

    /** A copy of a Web Mercator geometry in lon/lat degrees. */
    public static Geometry toLonLat(Geometry g) {
        return transformed(g, false);
    }

    /** Latitude limited to the square Web Mercator world. */
    public static double clampLatitude(double lat) {
        return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    }

    /** Fractional tile column of a longitude at {@code zoom}; its floor is the XYZ tile x. */
    public static double tileX(double lon, double zoom) {
        return (lon + 180.0) / 360.0 * Math.pow(2, zoom);
    }

    /** Fractional tile row of a latitude at {@code zoom} (0 at the north edge); its floor is the XYZ tile y. */
    public static double tileY(double lat, double zoom) {
        return (0.5 - y(lat) / (2 * HALF_WORLD)) * Math.pow(2, zoom);
    }

    /** Longitude of a fractional tile column at {@code zoom} (a whole number gives the tile's west edge). */
    public static double lon(double tileX, double zoom) {
        return tileX / Math.pow(2, zoom) * 360.0 - 180.0;
    }

    /** Latitude of a fractional tile row at {@code zoom} (a whole number gives the tile's north edge). */
    public static double lat(double tileY, double zoom) {
        return latOfY((0.5 - tileY / Math.pow(2, zoom)) * 2 * HALF_WORLD);
    }

    /** Projected metres per pixel at {@code zoom} (the same everywhere in the projected plane). */
    public static double mercatorMetresPerPixel(double zoom) {
        return 2 * HALF_WORLD / (TILE_SIZE * Math.pow(2, zoom));
    }

    /** Ground metres per pixel at latitude {@code lat} and {@code zoom}: Mercator stretches by 1/cos(lat). */
    public static double metresPerPixel(double lat, double zoom) {
        return mercatorMetresPerPixel(zoom) * Math.cos(Math.toRadians(clampLatitude(lat)));
    }

    private static Geometry transformed(Geometry g, boolean forward) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double a = seq.getX(i);
                double b = seq.getY(i);
                seq.setOrdinate(i, Coordinate.X, forward ? x(a) : lonOfX(a));
                seq.setOrdinate(i, Coordinate.Y, forward ? y(b) : latOfY(b));
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }
}
