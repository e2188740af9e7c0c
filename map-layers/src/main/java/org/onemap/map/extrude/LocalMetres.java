package org.onemap.map.extrude;

import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.crs.WebMercator;

/**
 * Web Mercator metres relative to a view centre: small numbers, so float meshes keep centimetre
 * precision. {@code x} grows east and {@code y} north; the 3D scene flips y (JavaFX's y points down).
 */
public record LocalMetres(double centreX, double centreY) {
    /** Centred on the middle of a lon/lat box. */
    public static LocalMetres centredOn(Envelope lonLat) {
        return new LocalMetres((WebMercator.x(lonLat.getMinX()) + WebMercator.x(lonLat.getMaxX())) / 2,
                (WebMercator.y(lonLat.getMinY()) + WebMercator.y(lonLat.getMaxY())) / 2);
    }

    public double x(double lon) { return WebMercator.x(lon) - centreX; }

    public double y(double lat) { return WebMercator.y(lat) - centreY; }

    public double lon(double x) { return WebMercator.lonOfX(x + centreX); }

    public double lat(double y) { return WebMercator.latOfY(y + centreY); }

    /** A copy of a lon/lat geometry in local metres. */
    public Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply((CoordinateFilter) c -> {
            double x = x(c.x);
            c.y = y(c.y);
            c.x = x;
        });
        g.geometryChanged();
        return g;
    }

    /** A lon/lat box in local metres. */
    public Envelope project(Envelope lonLat) {
        return new Envelope(x(lonLat.getMinX()), x(lonLat.getMaxX()), y(lonLat.getMinY()), y(lonLat.getMaxY()));
    }

    /** The lon/lat box of a box in local metres. */
    public Envelope toLonLat(Envelope local) {
        return new Envelope(lon(local.getMinX()), lon(local.getMaxX()), lat(local.getMinY()), lat(local.getMaxY()));
    }

}
