package org.onemap.dataimport.pipeline;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.GeometryKind;

/** The layer geometry type for a set of geometries, and the conversion of single parts to multi ones. */
final class GeometryShapes {
    private GeometryShapes() {}

    /** POINT when all are points; MULTIPOLYGON / MULTILINESTRING when polygons / lines (mixed single and multi); GEOMETRY otherwise. */
    static GeometryKind kindOf(List<Geometry> geometries) {
        boolean points = true, polygons = true, lines = true, multiPoints = true;
        for (Geometry g : geometries) {
            GeometryKind k = GeometryKind.of(g);
            points &= k == GeometryKind.POINT;
            multiPoints &= k.isPuntal();
            polygons &= k.isPolygonal();
            lines &= k.isLineal();
        }
        if (geometries.isEmpty()) return GeometryKind.GEOMETRY;
        if (points) return GeometryKind.POINT;
        if (multiPoints) return GeometryKind.MULTIPOINT;
        if (polygons) return GeometryKind.MULTIPOLYGON;
        if (lines) return GeometryKind.MULTILINESTRING;
        return GeometryKind.GEOMETRY;
    }

    /** Remembers one geometry of each kind seen, for {@link #kindOf} without holding them all. */
    static final class Tally {
        private final java.util.Map<GeometryKind, Geometry> sample = new java.util.EnumMap<>(GeometryKind.class);

        void add(Geometry g) {
            sample.putIfAbsent(GeometryKind.of(g), g);
        }

        GeometryKind kind() { return kindOf(List.copyOf(sample.values())); }
    }

    /** {@code g} as the layer's kind, or null when it cannot be (a line into a polygon layer). */
    static Geometry as(GeometryKind kind, Geometry g) {
        GeometryFactory gf = g.getFactory();
        GeometryKind k = GeometryKind.of(g);
        if (kind == GeometryKind.GEOMETRY || kind == k) return g;
        return switch (kind) {
            case MULTIPOLYGON -> g instanceof Polygon p ? gf.createMultiPolygon(new Polygon[] {p}) : null;
            case MULTILINESTRING -> g instanceof LineString l ? gf.createMultiLineString(new LineString[] {l}) : null;
            case MULTIPOINT -> g instanceof Point p ? gf.createMultiPoint(new Point[] {p}) : null;
            case POLYGON -> g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Polygon p ? p : null;
            case LINESTRING -> g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof LineString l ? l : null;
            case POINT -> g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof Point p ? p : null;
            default -> null;
        };
    }
}
