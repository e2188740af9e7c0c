package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The validity shortcut proves only what JTS would also call valid, and leaves everything doubtful to JTS. */
class ConvexRingsTest {
    private static Geometry g(String wkt) throws ParseException {
        return new WKTReader().read(wkt);
    }

    /** Whatever the shortcut proves, JTS agrees with. */
    private static void assertProven(String wkt) throws ParseException {
        Geometry geom = g(wkt);
        assertTrue(ConvexRings.provenValid(geom), wkt);
        assertTrue(geom.isValid(), "JTS disagrees: " + wkt);
    }

    @Test
    void convexParcelsAreProvenInEitherOrientation() throws ParseException {
        assertProven("POLYGON ((112.9 27.8, 112.901 27.8, 112.901 27.801, 112.9 27.801, 112.9 27.8))");
        assertProven("POLYGON ((112.9 27.8, 112.9 27.801, 112.901 27.801, 112.901 27.8, 112.9 27.8))");
        assertProven("POLYGON ((0 0, 4 0, 5 2, 3 4, 0 3, 0 0))");
        assertProven("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))");
    }

    @Test
    void doubtfulShapesAreLeftToJts() throws ParseException {
        // a bow tie: invalid, and not convex
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")));
        // a pentagram: every turn the same way, but it winds twice and crosses itself
        Geometry star = g("POLYGON ((0 3, 1.76 -2.43, -2.85 0.93, 2.85 0.93, -1.76 -2.43, 0 3))");
        assertFalse(star.isValid());
        assertFalse(ConvexRings.provenValid(star));
        // valid but outside the shortcut: concave, a hole, a repeated point, a straight vertex, touching parts
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 4 0, 4 4, 2 1, 0 4, 0 0))")));
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))")));
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 4 0, 4 0, 4 4, 0 4, 0 0))")));
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 2 0, 4 0, 4 4, 0 4, 0 0))")));
        assertFalse(ConvexRings.provenValid(g("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((1 1, 2 1, 2 2, 1 2, 1 1)))")));
        // overlapping parts: invalid
        Geometry overlap = g("MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))");
        assertFalse(overlap.isValid());
        assertFalse(ConvexRings.provenValid(overlap));
        // a flat ring (zero area) and points are not polygons the shortcut knows
        assertFalse(ConvexRings.provenValid(g("POLYGON ((0 0, 1 1, 2 2, 0 0))")));
        assertFalse(ConvexRings.provenValid(g("POINT (1 1)")));
    }
}
