package org.onemap.core.crs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class WebMercatorTest {
    // PROJ 9.1.1: echo "27.85 112.9" | cs2cs -d 6 EPSG:4326 EPSG:3857
    private static final double XIANGTAN_X = 12567970.510561;
    private static final double XIANGTAN_Y = 3230075.350249;

    @Test
    void projectsLikeProj() {
        assertArrayEquals(new double[] {XIANGTAN_X, XIANGTAN_Y}, WebMercator.fromLonLat(112.9, 27.85), 0.001, "Xiangtan in EPSG:3857");
        assertArrayEquals(new double[] {112.9, 27.85}, WebMercator.toLonLat(XIANGTAN_X, XIANGTAN_Y), 1e-9, "back to lon/lat");
    }

    @Test
    void worldIsASquareOfHalfWidth20037508Metres() {
        assertEquals(20037508.342789244, WebMercator.HALF_WORLD, 1e-6);
        assertEquals(WebMercator.HALF_WORLD, WebMercator.x(180), 1e-6);
        assertEquals(WebMercator.HALF_WORLD, WebMercator.y(WebMercator.MAX_LATITUDE), 0.01, "y at the max latitude");
        assertEquals(-WebMercator.HALF_WORLD, WebMercator.y(-WebMercator.MAX_LATITUDE), 0.01);
    }

    @Test
    void clampsPolesToTheSquareWorldInsteadOfInfinity() {
        assertEquals(WebMercator.y(WebMercator.MAX_LATITUDE), WebMercator.y(90), 0.0);
        assertEquals(WebMercator.y(-WebMercator.MAX_LATITUDE), WebMercator.y(-90), 0.0);
        assertTrue(Double.isFinite(WebMercator.y(90)), "y(90) must be finite");
    }

    @Test
    void tileIndicesFollowTheXyzScheme() {
        assertEquals(0.0, WebMercator.tileX(-180, 5), 1e-12);
        assertEquals(32.0, WebMercator.tileX(180, 5), 1e-12);
        assertEquals(0.0, WebMercator.tileY(WebMercator.MAX_LATITUDE, 5), 1e-9, "north edge is row 0");
        assertEquals(16.0, WebMercator.tileY(0, 5), 1e-12, "equator is the middle row");
        assertEquals(32.0, WebMercator.tileY(-WebMercator.MAX_LATITUDE, 5), 1e-9, "south edge is the last row");
    }

    @Test
    void xiangtanTileAgreesWithProjMetres() {
        int z = 12;
        double world = 2 * WebMercator.HALF_WORLD;
        double expectedX = (XIANGTAN_X + WebMercator.HALF_WORLD) / world * (1 << z);
        double expectedY = (WebMercator.HALF_WORLD - XIANGTAN_Y) / world * (1 << z);
        assertEquals(expectedX, WebMercator.tileX(112.9, z), 1e-6, "tile column");
        assertEquals(expectedY, WebMercator.tileY(27.85, z), 1e-6, "tile row");
        assertEquals(3332, (int) Math.floor(WebMercator.tileX(112.9, z)), "XYZ x at z12");
        assertEquals(1717, (int) Math.floor(WebMercator.tileY(27.85, z)), "XYZ y at z12");
    }

    @Test
    void tileCoordinatesRoundTripToLonLat() {
        for (double zoom : new double[] {0, 3, 10.5, 18}) {
            for (double lon = -179; lon <= 179; lon += 23.3) {
                assertEquals(lon, WebMercator.lon(WebMercator.tileX(lon, zoom), zoom), 1e-9, "lon at zoom " + zoom);
            }
            for (double lat = -85; lat <= 85; lat += 8.5) {
                assertEquals(lat, WebMercator.lat(WebMercator.tileY(lat, zoom), zoom), 1e-9, "lat at zoom " + zoom);
            }
        }
    }

    @Test
    void groundResolutionShrinksWithCosineOfLatitude() {
        // the OSM wiki figure for zoom 0 at the equator: 156 543.03 m per pixel
        assertEquals(156543.03392804097, WebMercator.mercatorMetresPerPixel(0), 1e-6);
        assertEquals(156543.03392804097, WebMercator.metresPerPixel(0, 0), 1e-6);
        assertEquals(156543.03392804097 / 2, WebMercator.metresPerPixel(60, 0), 1e-6, "cos 60° = 1/2");
        assertEquals(WebMercator.metresPerPixel(27.85, 10) / 2, WebMercator.metresPerPixel(27.85, 11), 1e-12, "each zoom halves it");
    }

    @Test
    void geometryRoundTripsThroughMercator() throws ParseException {
        Geometry g = new WKTReader().read("LINESTRING (112.9 27.85, 113.0 27.9, 113.1 28.0)");
        Geometry m = WebMercator.fromLonLat(g);
        assertEquals(XIANGTAN_X, m.getCoordinates()[0].x, 0.001);
        assertEquals(XIANGTAN_Y, m.getCoordinates()[0].y, 0.001);
        assertTrue(WebMercator.toLonLat(m).equalsExact(g, 1e-9), "round trip changed the line");
        assertEquals(112.9, g.getCoordinates()[0].x, 0.0, "input must not be modified");
    }
}
