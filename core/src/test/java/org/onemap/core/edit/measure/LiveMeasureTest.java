package org.onemap.core.edit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.geodesy.EllipsoidalMeasure;

class LiveMeasureTest {
    @Test
    void readsAreaInMuHectaresAndPerimeter() throws ParseException {
        var g = new WKTReader().read("POLYGON ((112.9 27.8, 112.901 27.8, 112.901 27.801, 112.9 27.801, 112.9 27.8))");
        LiveMeasure.Reading r = new LiveMeasure(CrsRegistry.WGS84, Locale.ENGLISH).measure(g);
        double m2 = EllipsoidalMeasure.area(g);
        assertEquals(m2, r.squareMetres(), 1e-9);
        assertEquals(m2 * 15 / 10000, r.mu(), 1e-9);
        assertEquals(m2 / 10000, r.hectares(), 1e-12);
        assertEquals(EllipsoidalMeasure.perimeter(g), r.perimeterMetres(), 1e-9);
        assertTrue(r.label().contains("mu") && r.label().contains(" m"), r.label());
    }

    @Test
    void drawingInProgressIsClosedBackToItsFirstPoint() throws ParseException {
        var square = new WKTReader().read("POLYGON ((112.9 27.8, 112.901 27.8, 112.901 27.801, 112.9 27.801, 112.9 27.8))");
        LiveMeasure measure = new LiveMeasure(CrsRegistry.WGS84, Locale.CHINA);
        org.locationtech.jts.geom.Coordinate[] clicks = java.util.Arrays.copyOf(square.getCoordinates(), 4);
        LiveMeasure.Reading r = measure.measureDrawing(clicks);
        assertEquals(EllipsoidalMeasure.area(square), r.squareMetres(), 1e-6);
        assertEquals(EllipsoidalMeasure.perimeter(square), r.perimeterMetres(), 1e-6);
        assertTrue(r.label().contains("亩"), r.label());
        assertEquals(0, measure.measureDrawing(java.util.Arrays.copyOf(clicks, 2)).squareMetres());
    }

    @Test
    void unfinishedDrawingMeasuresZeroArea() throws ParseException {
        var line = new WKTReader().read("LINESTRING (112.9 27.8, 112.901 27.8)");
        LiveMeasure.Reading r = new LiveMeasure(CrsRegistry.WGS84, Locale.CHINA).measure(line);
        assertEquals(0, r.squareMetres());
        assertTrue(r.perimeterMetres() > 90, "the drawn line length shows while drawing: " + r.perimeterMetres());
    }
}
