package org.onemap.core.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.crs.CoordinateTransform;

class EllipsoidalMeasureTest {
    private static final double WGS84_A = 6378137.0;
    private static final double WGS84_F = 1 / 298.257223563;
    private static final String UNIT_SQUARE = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
    /** Outline of a ~190 m × 150 m paddy field near Xiangtan (112.9E 27.85N). */
    private static final String XIANGTAN_PARCEL =
            "POLYGON ((112.9000 27.8500, 112.9019 27.8501, 112.9020 27.8514, 112.9003 27.8515, 112.9000 27.8500))";

    private final WKTReader wkt = new WKTReader();

    @Test
    void distanceJfkToLhrMatchesGeographicLibDocumentation() {
        // GeographicLib's documented example: JFK (40.6N 73.8W) → LHR (51.6N 0.5W) is 5551759.400319 m;
        // PROJ 9.1.1 `geod +ellps=WGS84 -I` agrees (5551759.400)
        assertEquals(5551759.400319, EllipsoidalMeasure.distance(-73.8, 40.6, -0.5, 51.6), 0.001);
    }

    @Test
    void oneDegreeOfEquatorIsTheEquatorialArc() {
        double arc = WGS84_A * Math.PI / 180; // 111 319.490 793 m: the equator is a geodesic circle of radius a
        assertEquals(arc, EllipsoidalMeasure.distance(0, 0, 1, 0), 1e-6);
    }

    @Test
    void oneDegreeSquareAtTheEquatorHasThePublishedArea() throws ParseException {
        // 12 308 778 361.469452 m² and 443 770.917248302 m: geographiclib-rs PolygonArea docs, also PostGIS
        // geography ST_Area; the closed-form band area between parallels 0° and 1° (helper below) is within 0.003 %
        Geometry square = wkt.read(UNIT_SQUARE);
        double area = EllipsoidalMeasure.area(square);
        assertEquals(12308778361.469452, area, 12308778361.469452 * 1e-4, "area");
        assertEquals(12308778361.469452, area, 1.0, "area to the square metre");
        assertEquals(bandArea(0, 1, 0, 1), area, area * 1e-4, "closed-form ellipsoidal band");
        assertEquals(443770.917248302, EllipsoidalMeasure.perimeter(square), 1e-3, "perimeter");
        assertEquals(443770.917248302, EllipsoidalMeasure.length(square), 1e-3, "length of a polygon is its perimeter");
    }

    @Test
    void ringOrientationDoesNotChangeTheArea() throws ParseException {
        double ccw = EllipsoidalMeasure.area(wkt.read(UNIT_SQUARE));
        double cw = EllipsoidalMeasure.area(wkt.read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"));
        assertEquals(ccw, cw, 1e-3, "clockwise ring must give the same positive area");
    }

    @Test
    void holesAreSubtracted() throws ParseException {
        Geometry withHole = wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0), (0.25 0.25, 0.25 0.75, 0.75 0.75, 0.75 0.25, 0.25 0.25))");
        Geometry hole = wkt.read("POLYGON ((0.25 0.25, 0.75 0.25, 0.75 0.75, 0.25 0.75, 0.25 0.25))");
        double area = EllipsoidalMeasure.area(withHole);
        double expected = EllipsoidalMeasure.area(wkt.read(UNIT_SQUARE)) - EllipsoidalMeasure.area(hole);
        assertEquals(expected, area, 1e-3, "outer minus hole");
        double band = bandArea(0, 1, 0, 1) - bandArea(0.25, 0.75, 0.25, 0.75);
        assertEquals(band, area, band * 1e-4, "closed-form ellipsoidal band areas");
        double outerPerimeter = EllipsoidalMeasure.perimeter(wkt.read(UNIT_SQUARE));
        assertEquals(outerPerimeter + EllipsoidalMeasure.perimeter(hole), EllipsoidalMeasure.perimeter(withHole), 1e-3,
                "perimeter counts the hole boundary too");
    }

    @Test
    void multiPolygonPartsAreSummedAndLinesHaveNoArea() throws ParseException {
        Geometry multi = wkt.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((10 0, 11 0, 11 1, 10 1, 10 0)))");
        double one = EllipsoidalMeasure.area(wkt.read(UNIT_SQUARE));
        assertEquals(2 * one, EllipsoidalMeasure.area(multi), 1e-2, "two equal cells on the equator");
        Geometry line = wkt.read("LINESTRING (0 0, 1 0, 2 0)");
        assertEquals(0.0, EllipsoidalMeasure.area(line));
        assertEquals(0.0, EllipsoidalMeasure.perimeter(line));
        assertEquals(2 * WGS84_A * Math.PI / 180, EllipsoidalMeasure.length(line), 1e-6, "two degrees of equator");
        Geometry collection = wkt.read("GEOMETRYCOLLECTION (POINT (5 5), LINESTRING (0 0, 1 0), " + UNIT_SQUARE + ")");
        assertEquals(one, EllipsoidalMeasure.area(collection), 1e-3, "collection area = its polygon");
    }

    @Test
    void xiangtanParcelAgreesWithGaussKrugerPlanarArea() throws ParseException {
        Geometry lonLat = wkt.read(XIANGTAN_PARCEL);
        double ellipsoidal = EllipsoidalMeasure.area(lonLat);
        // planar area in CGCS2000 3° GK zone 38; 1.1° off the central meridian the scale error is ~0.03 % in area
        double planar = CoordinateTransform.between("EPSG:4326", "EPSG:4547").transform(lonLat).getArea();
        assertEquals(planar, ellipsoidal, planar * 1e-3, "ellipsoidal vs Gauss-Kruger area");
        assertTrue(ellipsoidal > 25_000 && ellipsoidal < 35_000, "parcel should be about 3 ha, was " + ellipsoidal + " m²");
    }

    @Test
    void measuresGeometriesGivenInAProjectedCrs() throws ParseException {
        Geometry lonLat = wkt.read(XIANGTAN_PARCEL);
        Geometry gk = CoordinateTransform.between("EPSG:4326", "EPSG:4547").transform(lonLat);
        double direct = EllipsoidalMeasure.area(lonLat);
        assertEquals(direct, EllipsoidalMeasure.area(gk, "EPSG:4547"), direct * 1e-6, "area via EPSG:4547");
        double length = EllipsoidalMeasure.length(lonLat);
        assertEquals(length, EllipsoidalMeasure.length(gk, "EPSG:4547"), 1e-3, "length via EPSG:4547");
    }

    @Test
    void refusesProjectedCoordinatesWithoutACrs() throws ParseException {
        Geometry gk = wkt.read("POLYGON ((391648 3082304, 391848 3082304, 391848 3082454, 391648 3082304))");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EllipsoidalMeasure.area(gk));
        assertTrue(e.getMessage().contains("EPSG:4326"), "message should say how to fix it: " + e.getMessage());
    }

    /**
     * Area between two parallels and two meridians on the WGS84 ellipsoid, in closed form (authalic
     * latitude). Its north and south edges are parallels rather than geodesics, which for 1° cells
     * changes the area by ~0.003 %: an independent cross-check, not an exact reference.
     */
    private static double bandArea(double lon1, double lon2, double lat1, double lat2) {
        double e2 = WGS84_F * (2 - WGS84_F);
        double e = Math.sqrt(e2);
        java.util.function.DoubleUnaryOperator q = lat -> {
            double s = Math.sin(Math.toRadians(lat));
            return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
        };
        return Math.toRadians(lon2 - lon1) * WGS84_A * WGS84_A * (1 - e2) / 2 * (q.applyAsDouble(lat2) - q.applyAsDouble(lat1));
    }
}
