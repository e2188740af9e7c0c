package org.onemap.map.render;

import org.onemap.core.crs.WebMercator;

/**
 * lon/lat → device pixels of one viewport, as plain arithmetic on doubles so the drawing loop
 * allocates nothing per coordinate.
 */
final class ScreenProjection {
    private final double k;      // device pixels per projected metre
    private final double kLon;   // device pixels per degree of longitude
    private final double left;   // device x of longitude 0
    private final double top;    // projected y of the image's top edge

    ScreenProjection(Viewport vp) {
        k = vp.pixelRatio() / vp.resolution();
        kLon = k * WebMercator.RADIUS * Math.PI / 180;
        left = -vp.mercatorX(0) * k;
        top = vp.mercatorY(0);
    }

    double x(double lon) { return lon * kLon + left; }

    double y(double lat) { return (top - WebMercator.y(lat)) * k; }
}
