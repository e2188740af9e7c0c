package org.onemap.core.crs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoordinateTransformTest {
    /**
     * {lon, lat, E, N}: PROJ 9.1.1 {@code cs2cs -d 6 EPSG:4490 EPSG:4547} (CGCS2000 3° GK CM 114E, no
     * prefix); PROJ gives the same from EPSG:4326, and H2GIS ST_Transform agrees with proj4j to 1 mm.
     */
    private static final double[][] PROJ_4547 = {
        {112.9, 27.85, 391648.711883, 3082304.939967},
        {115.4, 27.4, 638469.806849, 3032731.599287},
        {112.6, 28.0, 362285.666118, 3099231.733979},
        {111.7, 26.9, 271475.662137, 2978625.969056},
    };
    private static final double MM = 0.001;

    @Test
    void wgs84ToGaussKrugerZone38MatchesProj() {
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
        for (double[] p : PROJ_4547) {
            double[] en = t.transform(p[0], p[1]);
            assertEquals(p[2], en[0], MM, "easting of " + p[0] + ", " + p[1]);
            assertEquals(p[3], en[1], MM, "northing of " + p[0] + ", " + p[1]);
        }
    }

    @Test
    void prefixedAndSixDegreeZonesMatchProj() {
        // cs2cs -d 6 EPSG:4490 EPSG:4526 / EPSG:4508 / EPSG:4497 for 112.9E 27.85N
        assertArrayEquals(new double[] {38391648.711883, 3082304.939967},
                CoordinateTransform.between("EPSG:4490", "EPSG:4526").transform(112.9, 27.85), MM, "EPSG:4526");
        assertArrayEquals(new double[] {687165.169054, 3083269.095568},
                CoordinateTransform.between("EPSG:4490", "EPSG:4508").transform(112.9, 27.85), MM, "EPSG:4508");
        assertArrayEquals(new double[] {19687165.169054, 3083269.095568},
                CoordinateTransform.between("EPSG:4490", "EPSG:4497").transform(112.9, 27.85), MM, "EPSG:4497");
    }

    @Test
    void gaussKrugerBackToWgs84RecoversTheLonLat() {
        CoordinateTransform t = CoordinateTransform.between("EPSG:4547", "EPSG:4326");
        for (double[] p : PROJ_4547) {
            assertArrayEquals(new double[] {p[0], p[1]}, t.transform(p[2], p[3]), 1e-8, "lon/lat of E " + p[2] + " N " + p[3]);
        }
    }

    @Test
    void wgs84AndCgcs2000AreTheSameCoordinates() {
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4490");
        assertTrue(t.isIdentity(), "WGS84 → CGCS2000 should be treated as identity");
        assertArrayEquals(new double[] {112.9, 27.85}, t.transform(112.9, 27.85), 0.0);
    }

    @Test
    void webMercatorMatchesProjAndProj4jAgreesWithTheClosedForm() {
        // cs2cs -d 6 EPSG:4326 EPSG:3857 for 112.9E 27.85N
        double[] xy = CoordinateTransform.between("EPSG:4326", "EPSG:3857").transform(112.9, 27.85);
        assertArrayEquals(new double[] {12567970.510561, 3230075.350249}, xy, MM, "EPSG:3857 of Xiangtan");
        // EPSG:4547 → 3857 goes through proj4j's own merc; it must land on the same metres
        double[] viaProj4j = CoordinateTransform.between("EPSG:4547", "EPSG:3857").transform(391648.711883, 3082304.939967);
        assertArrayEquals(xy, viaProj4j, 0.01, "proj4j merc vs closed-form WebMercator");
    }

    @Test
    void gcj02SourceIsShiftedToWgs84BeforeProjecting() {
        double[] gcj = Gcj02.fromWgs84(112.9, 27.85);
        double[] en = CoordinateTransform.between("GCJ-02", "EPSG:4547").transform(gcj[0], gcj[1]);
        assertArrayEquals(new double[] {391648.711883, 3082304.939967}, en, 0.01, "GCJ-02 Xiangtan in EPSG:4547");
    }

    @Test
    void gcj02TargetIsShiftedAfterUnprojecting() {
        double[] expected = Gcj02.fromWgs84(112.9, 27.85);
        double[] gcj = CoordinateTransform.between("EPSG:3857", "GCJ-02").transform(12567970.510561, 3230075.350249);
        assertArrayEquals(expected, gcj, 1e-8, "EPSG:3857 → GCJ-02");
        assertFalse(CoordinateTransform.between("EPSG:4326", "GCJ-02").isIdentity(), "WGS84 → GCJ-02 is a shift");
        assertTrue(CoordinateTransform.between("gcj02", "GCJ-02").isIdentity(), "GCJ-02 → GCJ-02");
    }

    @Test
    void cachesOneInstancePerPairWhateverTheSpelling() {
        assertSame(CoordinateTransform.between("EPSG:4326", "EPSG:4547"), CoordinateTransform.between("4326", "epsg:4547"));
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
        assertSame(CoordinateTransform.between("EPSG:4547", "EPSG:4326"), t.inverse());
        assertEquals("EPSG:4326", t.source());
        assertEquals("EPSG:4547", t.target());
    }

    @Test
    void rejectsUnknownCrs() {
        assertThrows(IllegalArgumentException.class, () -> CoordinateTransform.between("EPSG:4326", "EPSG:999999"));
        assertThrows(IllegalArgumentException.class, () -> CoordinateTransform.between("", "EPSG:4326"));
    }

    @Test
    void transformsGeometryCopiesAndBack() throws ParseException {
        Geometry lonLat = new WKTReader().read(
                "POLYGON ((112.90 27.85, 112.91 27.85, 112.91 27.86, 112.90 27.86, 112.90 27.85))");
        Geometry before = lonLat.copy();
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
        Geometry gk = t.transform(lonLat);
        assertTrue(lonLat.equalsExact(before), "input geometry was modified");
        assertEquals(391648.711883, gk.getCoordinates()[0].x, MM, "first vertex easting");
        assertEquals(3082304.939967, gk.getCoordinates()[0].y, MM, "first vertex northing");
        // 0.01° × 0.01° near 28°N is roughly 985 m × 1109 m
        assertEquals(985.0 * 1109.0, gk.getArea(), 985.0 * 1109.0 * 0.01, "planar area of the projected cell");
        assertTrue(t.inverse().transform(gk).equalsExact(lonLat, 1e-9), "GK geometry did not map back onto the input");
    }

    @Test
    void envelopeCoversTheCurvedTransformedOutline() {
        // straddles the zone's central meridian 114E, where the projected parallel 27.5N dips lowest
        Envelope lonLat = new Envelope(113.5, 114.5, 27.5, 28.2);
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
        Envelope gk = t.transform(lonLat);
        for (double lon = 113.5; lon <= 114.5; lon += 0.05) {
            for (double lat : new double[] {27.5, 28.2}) {
                double[] en = t.transform(lon, lat);
                assertTrue(gk.covers(en[0], en[1]), "envelope misses edge point " + lon + ", " + lat);
            }
        }
        double cornerMinY = Math.min(t.transform(113.5, 27.5)[1], t.transform(114.5, 27.5)[1]);
        assertTrue(gk.getMinY() < cornerMinY - 1, "envelope from corners only would cut off the curved south edge");
    }

    @Test
    void bulkTransformInPlaceMatchesSinglePoints() {
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4547");
        double[] xy = new double[PROJ_4547.length * 2];
        for (int i = 0; i < PROJ_4547.length; i++) {
            xy[2 * i] = PROJ_4547[i][0];
            xy[2 * i + 1] = PROJ_4547[i][1];
        }
        t.transformInPlace(xy);
        for (int i = 0; i < PROJ_4547.length; i++) {
            assertEquals(PROJ_4547[i][2], xy[2 * i], MM, "bulk easting " + i);
            assertEquals(PROJ_4547[i][3], xy[2 * i + 1], MM, "bulk northing " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> t.transformInPlace(new double[3]));
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        CoordinateTransform t = CoordinateTransform.between("EPSG:4326", "EPSG:4526");
        int n = 20_000;
        double[] expected = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] en = t.transform(112.5 + 3.0 * i / n, 26.0 + 3.0 * i / n);
            expected[2 * i] = en[0];
            expected[2 * i + 1] = en[1];
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                results.add(pool.submit(() -> {
                    double[] out = new double[2 * n];
                    for (int i = 0; i < n; i++) {
                        double[] en = t.transform(112.5 + 3.0 * i / n, 26.0 + 3.0 * i / n);
                        out[2 * i] = en[0];
                        out[2 * i + 1] = en[1];
                    }
                    return out;
                }));
            }
            for (Future<double[]> f : results) {
                assertArrayEquals(expected, f.get(), 0.0, "a thread saw a different result: shared proj4j state?");
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
