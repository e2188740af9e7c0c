package org.onemap.core.crs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.geodesy.EllipsoidalMeasure;

class Gcj02Test {
    /**
     * {wgsLon, wgsLat, gcjLon, gcjLat}: the Shanghai, Shenzhen and Beijing pairs of the eviltransform
     * test suite (googollee/eviltransform, also used by its PHP and other ports), there written lat-first.
     */
    private static final double[][] EVILTRANSFORM_PAIRS = {
        {121.5272106, 31.1774276, 121.531541859215, 31.17530398364597},    // Shanghai
        {113.912316, 22.543847, 113.9171764808363, 22.540796131694766},    // Shenzhen
        {116.377817, 39.911954, 116.38404722455657, 39.91334545536069},    // Beijing
    };

    @Test
    void forwardShiftMatchesEviltransformReferencePairs() {
        for (double[] p : EVILTRANSFORM_PAIRS) {
            double[] gcj = Gcj02.fromWgs84(p[0], p[1]);
            assertEquals(p[2], gcj[0], 1e-6, "GCJ-02 longitude of WGS84 (" + p[0] + ", " + p[1] + ")");
            assertEquals(p[3], gcj[1], 1e-6, "GCJ-02 latitude of WGS84 (" + p[0] + ", " + p[1] + ")");
        }
    }

    @Test
    void inverseRecoversEviltransformWgs84Points() {
        for (double[] p : EVILTRANSFORM_PAIRS) {
            double[] wgs = Gcj02.toWgs84(p[2], p[3]);
            assertEquals(p[0], wgs[0], 1e-7, "WGS84 longitude of GCJ-02 (" + p[2] + ", " + p[3] + ")");
            assertEquals(p[1], wgs[1], 1e-7, "WGS84 latitude of GCJ-02 (" + p[2] + ", " + p[3] + ")");
        }
    }

    @Test
    void inverseMatchesGcoordReferencePoint() {
        // hujiulong/gcoord unit test: GCJ02 → WGS84 of (123, 45) is (122.99395597, 44.99804071) to 5 decimals
        double[] wgs = Gcj02.toWgs84(123, 45);
        assertEquals(122.99395597, wgs[0], 1e-6, "longitude");
        assertEquals(44.99804071, wgs[1], 1e-6, "latitude");
    }

    @Test
    void roundTripsStayWithinHalfAMetreAcrossChina() {
        for (double lon = 74; lon <= 134; lon += 2.5) {
            for (double lat = 19; lat <= 53; lat += 2.5) {
                double[] gcj = Gcj02.fromWgs84(lon, lat);
                double[] back = Gcj02.toWgs84(gcj[0], gcj[1]);
                double m = EllipsoidalMeasure.distance(lon, lat, back[0], back[1]);
                assertTrue(m < 0.5, "WGS→GCJ→WGS moved (" + lon + ", " + lat + ") by " + m + " m");

                double[] wgs = Gcj02.toWgs84(lon, lat);
                double[] again = Gcj02.fromWgs84(wgs[0], wgs[1]);
                m = EllipsoidalMeasure.distance(lon, lat, again[0], again[1]);
                assertTrue(m < 0.5, "GCJ→WGS→GCJ moved (" + lon + ", " + lat + ") by " + m + " m");
            }
        }
    }

    @Test
    void shiftNearXiangtanIsAboutHalfACentidegreeEastAndAThirdSouth() {
        double[] gcj = Gcj02.fromWgs84(112.9, 27.85);
        assertEquals(0.0055, gcj[0] - 112.9, 0.002, "GCJ-02 longitude shift at Xiangtan");
        assertEquals(-0.0033, gcj[1] - 27.85, 0.002, "GCJ-02 latitude shift at Xiangtan");
        double metres = EllipsoidalMeasure.distance(112.9, 27.85, gcj[0], gcj[1]);
        assertTrue(metres > 400 && metres < 800, "GCJ-02 offset at Xiangtan should be several hundred metres, was " + metres);
    }

    @Test
    void leavesPointsOutsideChinaUnchanged() {
        double[][] outside = {{-0.1276, 51.5072}, {151.2093, -33.8688}, {139.6917, 35.6895}, {-74.006, 40.7128}};
        for (double[] p : outside) {
            assertArrayEquals(p, Gcj02.fromWgs84(p[0], p[1]), 0.0, "forward must not shift " + p[0] + ", " + p[1]);
            assertArrayEquals(p, Gcj02.toWgs84(p[0], p[1]), 0.0, "inverse must not shift " + p[0] + ", " + p[1]);
        }
    }

    @Test
    void transformsEveryVertexOfAGeometryAndLeavesTheInputAlone() throws ParseException {
        Geometry wgs = new WKTReader().read(
                "POLYGON ((112.90 27.85, 112.91 27.85, 112.91 27.86, 112.90 27.86, 112.90 27.85), "
                        + "(112.903 27.853, 112.905 27.853, 112.905 27.855, 112.903 27.853))");
        Geometry before = wgs.copy();
        Geometry gcj = Gcj02.fromWgs84(wgs);
        assertTrue(wgs.equalsExact(before), "input geometry was modified");
        Coordinate[] in = wgs.getCoordinates();
        Coordinate[] out = gcj.getCoordinates();
        assertEquals(in.length, out.length, "vertex count");
        for (int i = 0; i < in.length; i++) {
            double[] expected = Gcj02.fromWgs84(in[i].x, in[i].y);
            assertEquals(expected[0], out[i].x, 1e-12, "x of vertex " + i);
            assertEquals(expected[1], out[i].y, 1e-12, "y of vertex " + i);
        }
        assertTrue(Gcj02.toWgs84(gcj).equalsExact(wgs, 1e-8), "GCJ-02 geometry did not map back onto the WGS84 input");
    }
}
