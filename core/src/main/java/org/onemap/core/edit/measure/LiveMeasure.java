package org.onemap.core.edit.measure;

import java.util.Locale;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;

/**
 * Area and perimeter of a geometry as it is being drawn, on the ellipsoid, with the labels the status
 * bar shows. A drawing that is not yet a valid polygon (fewer than three points) measures 0.
 */
public final class LiveMeasure {
    private final String crs;
    private final MeasureFormat format;

    public LiveMeasure(String crs, Locale locale) {
        this.crs = crs;
        this.format = new MeasureFormat(locale);
    }

    /** Area and perimeter of {@code g}, whose coordinates are in this measure's CRS. */
    public Reading measure(Geometry g) {
        if (g == null || g.isEmpty()) return new Reading(0, 0);
        return new Reading(EllipsoidalMeasure.area(g, crs), EllipsoidalMeasure.length(g, crs));
    }

    /**
     * The polygon being drawn from its clicked points (plus the cursor): closed back to the first
     * point, so area and perimeter update with every mouse move. Fewer than three points measure as a line.
     */
    public Reading measureDrawing(Coordinate[] points) {
        GeometryFactory gf = new GeometryFactory();
        if (points.length < 3) return measure(gf.createLineString(points.length < 2 ? new Coordinate[0] : points));
        Coordinate[] ring = Arrays.copyOf(points, points.length + 1);
        ring[points.length] = new Coordinate(points[0]);
        // a self-crossing sketch still reads: EllipsoidalMeasure sums the ring as drawn
        return measure(gf.createPolygon(ring));
    }

    /** One reading, with the conversions and labels a tool shows. */
    public final class Reading {
        private final double squareMetres;
        private final double perimeterMetres;

        Reading(double squareMetres, double perimeterMetres) {
            this.squareMetres = squareMetres;
            this.perimeterMetres = perimeterMetres;
        }

        public double squareMetres() { return squareMetres; }

        public double mu() { return AreaUnit.MU.fromSquareMetres(squareMetres); }

        public double hectares() { return AreaUnit.HA.fromSquareMetres(squareMetres); }

        public double perimeterMetres() { return perimeterMetres; }

        /** E.g. "1,000 m² / 0.1 ha / 1.5 mu · perimeter 126.5 m" in the locale's symbols. */
        public String label() {
            return format.formatAreaAllUnits(squareMetres) + " · " + format.formatLength(perimeterMetres);
        }
    }
}
