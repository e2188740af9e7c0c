package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private static final Envelope XIANGTAN = new Envelope(112.40, 113.10, 27.45, 28.05);

    @Test
    void lonLatSurvivesPixelRoundTrip() {
        Viewport vp = Viewport.fit(XIANGTAN, 1920, 1080, 2);
        double[][] points = {{112.40, 27.45}, {112.9443, 27.8297}, {113.1, 28.05}, {0, 0}, {-170, -60}};
        for (double[] p : points) {
            Point2D.Double px = vp.toPixel(p[0], p[1]);
            Point2D.Double back = vp.toLonLat(px.x, px.y);
            assertEquals(p[0], back.x, 1e-9, "longitude after lon/lat → pixel → lon/lat of " + p[0] + "," + p[1]);
            assertEquals(p[1], back.y, 1e-9, "latitude after lon/lat → pixel → lon/lat of " + p[0] + "," + p[1]);
        }
    }

    @Test
    void fitShowsTheWholeBoxCentred() {
        Viewport vp = Viewport.fit(XIANGTAN, 800, 800);
        Envelope shown = vp.lonLatBounds();
        shown.expandBy(1e-9);   // floating-point slack at the edges that touch
        assertTrue(shown.contains(XIANGTAN), "fitted view " + shown + " must contain " + XIANGTAN);
        // The box touches the edges of one axis exactly.
        double left = vp.toPixelX(XIANGTAN.getMinX()), right = vp.toPixelX(XIANGTAN.getMaxX());
        double top = vp.toPixelY(XIANGTAN.getMaxY()), bottom = vp.toPixelY(XIANGTAN.getMinY());
        assertTrue(Math.abs(left) < 1e-6 || Math.abs(top) < 1e-6, "one axis should be filled: left=" + left + " top=" + top);
        assertEquals(800 - right, left, 1e-6, "bbox must be centred horizontally");
        assertEquals(800 - bottom, top, 1e-6, "bbox must be centred vertically");
        assertTrue(top < bottom, "north must be up: y of north edge " + top + " should be above south edge " + bottom);
    }

    @Test
    void zoomZeroTileHasTheWmtsScaleDenominator() {
        // OGC WMTS GoogleMapsCompatible well-known scale set: zoom 0 is 1:559082264.0287178 at the equator.
        Viewport vp = Viewport.ofTile(0, 0, 0, 1);
        assertEquals(559082264.0287178, vp.scaleDenominator(), 1, "scale of the zoom-0 tile");
        assertEquals(0, vp.zoom(), 1e-12);
        assertEquals(256, vp.imageWidth());
        assertEquals(512, Viewport.ofTile(3, 6, 3, 2).imageWidth(), "a tile at pixel ratio 2 is 512 device pixels");
    }

    @Test
    void tileViewportCoversItsTile() {
        Viewport vp = Viewport.ofTile(10, 832, 425, 1);
        Envelope b = vp.lonLatBounds();
        Envelope expected = new org.onemap.map.tiles.TileKey(10, 832, 425).lonLatBounds();
        assertEquals(expected.getMinX(), b.getMinX(), 1e-9);
        assertEquals(expected.getMaxY(), b.getMaxY(), 1e-9);
        assertEquals(expected.getMinY(), b.getMinY(), 1e-9);
    }

    @Test
    void metresPerPixelMatchesTheGeodesicDistanceAcrossTheView() {
        Viewport vp = Viewport.fit(XIANGTAN, 1600, 1200);
        double y = vp.height() / 2.0;
        Point2D.Double a = vp.toLonLat(600, y);
        Point2D.Double b = vp.toLonLat(1000, y);
        double geodesic = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
        double claimed = 400 * vp.metresPerPixel();
        assertEquals(1, claimed / geodesic, 0.001, "400 px should span " + geodesic + " m on the ellipsoid, viewport says " + claimed);
        assertEquals(vp.metresPerPixel() / 0.00028, vp.scaleDenominator(), 1e-6);
    }

    @Test
    void panAndZoomMoveTheViewAsExpected() {
        Viewport vp = Viewport.fit(XIANGTAN, 1000, 800);
        Viewport panned = vp.pannedBy(100, 0);
        assertEquals(vp.toLonLat(600, 400).x, panned.centreLon(), 1e-9, "panning right by 100 px centres what was 100 px right");
        Viewport zoomed = vp.zoomedBy(2);
        assertEquals(vp.zoom() + 1, zoomed.zoom(), 1e-9, "zooming by 2 is one zoom level");
        assertEquals(vp.scaleDenominator() / 2, zoomed.scaleDenominator(), 1e-6);
    }
}
