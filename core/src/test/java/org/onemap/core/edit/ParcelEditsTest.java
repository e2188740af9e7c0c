package org.onemap.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ParcelEditsTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private final WKTReader wkt = new WKTReader(GF);

    private Geometry square() throws ParseException {
        return wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    }

    @Test
    void insertsVertexOnNearestEdge() throws ParseException {
        Geometry g = ParcelEdits.insertVertex(square(), new Coordinate(5, -0.3));
        assertEquals(6, g.getNumPoints(), "one vertex more: " + g);
        assertTrue(g.norm().equalsExact(wkt.read("POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))").norm()), g.toString());
    }

    @Test
    void movesTheNearestVertexAndKeepsRingClosed() throws ParseException {
        Geometry g = ParcelEdits.moveVertex(square(), new Coordinate(0.1, 0.1), new Coordinate(-2, -2));
        assertTrue(g.isValid());
        assertTrue(g.norm().equalsExact(wkt.read("POLYGON ((-2 -2, 10 0, 10 10, 0 10, -2 -2))").norm()), g.toString());
    }

    @Test
    void refusesVertexMoveThatMakesBoundaryCrossItself() throws ParseException {
        EditException e = assertThrows(EditException.class,
                () -> ParcelEdits.moveVertex(square(), new Coordinate(0, 0), new Coordinate(12, 5)));
        assertTrue(e.getMessage().contains("cross itself"), e.getMessage());
    }

    @Test
    void deletesVertexButKeepsThreeCorners() throws ParseException {
        Geometry triangle = ParcelEdits.deleteVertex(square(), new Coordinate(10, 10));
        assertEquals(50, triangle.getArea(), 1e-9);
        assertThrows(EditException.class, () -> ParcelEdits.deleteVertex(triangle, new Coordinate(0, 0)));
    }

    @Test
    void freehandTraceBecomesSimplifiedValidPolygon() {
        Coordinate[] trace = new Coordinate[400];
        for (int i = 0; i < trace.length; i++) {
            double a = 2 * Math.PI * i / trace.length;
            double wobble = (i % 2 == 0 ? 0.01 : -0.01);
            trace[i] = new Coordinate((10 + wobble) * Math.cos(a), (10 + wobble) * Math.sin(a));
        }
        Geometry g = ParcelEdits.freehand(GF, trace, 0.1);
        assertTrue(g.isValid());
        assertTrue(g.getNumPoints() < 100, "simplified to " + g.getNumPoints() + " points");
        assertEquals(Math.PI * 100, g.getArea(), 3);
    }

    @Test
    void selfCrossingFreehandIsRepaired() {
        Coordinate[] bowtie = {new Coordinate(0, 0), new Coordinate(10, 10), new Coordinate(10, 0), new Coordinate(0, 10)};
        Geometry g = ParcelEdits.freehand(GF, bowtie, 0.01);
        assertTrue(g.isValid(), "repaired: " + g);
        assertEquals(50, g.getArea(), 1e-9);
    }

    @Test
    void rectangleFromTwoCornersAndRejectsFlatOne() {
        assertEquals(12, ParcelEdits.rectangle(GF, new Coordinate(4, 3), new Coordinate(1, 7)).getArea(), 1e-12);
        assertThrows(EditException.class, () -> ParcelEdits.rectangle(GF, new Coordinate(1, 1), new Coordinate(1, 5)));
    }

    @Test
    void moveAndRotateKeepArea() throws ParseException {
        Geometry moved = ParcelEdits.move(square(), 3, -2);
        assertEquals(new Coordinate(3, -2), moved.getCoordinates()[0]);
        Geometry rotated = ParcelEdits.rotate(square(), 90, new Coordinate(0, 0), false);
        assertTrue(rotated.norm().equalsExact(wkt.read("POLYGON ((0 0, 0 10, -10 10, -10 0, 0 0))").norm(), 1e-9),
                rotated.toString());
    }

    @Test
    void rotationInDegreesKeepsGroundShapeAtXiangtanLatitude() throws ParseException {
        // a 0.001° lon x 0.001° lat box at 27.8°N; rotated 90°, its lon extent shrinks by cos(lat)
        Geometry box = wkt.read("POLYGON ((112.9 27.8, 112.901 27.8, 112.901 27.801, 112.9 27.801, 112.9 27.8))");
        Geometry r = ParcelEdits.rotate(box, 90, new Coordinate(112.9, 27.8), true);
        double k = Math.cos(Math.toRadians(27.8));
        assertEquals(0.001 / k, r.getEnvelopeInternal().getWidth(), 1e-9);
        assertEquals(0.001 * k, r.getEnvelopeInternal().getHeight(), 1e-9);
    }

    @Test
    void repairFallsBackForSelfIntersectingPolygon() throws ParseException {
        Geometry bowtie = wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        Geometry fixed = ParcelEdits.repair(bowtie);
        assertTrue(fixed.isValid());
        assertEquals(50, fixed.getArea(), 1e-9);
    }
}
