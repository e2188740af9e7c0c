package org.onemap.dataimport.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON geometry objects to JTS (2D; extra ordinates dropped). Malformed input: {@link IllegalArgumentException}. */
final class GeoJsonGeometry {
    private final GeometryFactory gf;

    GeoJsonGeometry(GeometryFactory gf) {
        this.gf = gf;
    }

    Geometry read(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> gf.createPoint(coordinate(c));
            case "LineString" -> gf.createLineString(coordinates(c));
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> {
                Point[] ps = new Point[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = gf.createPoint(coordinate(c.get(i)));
                yield gf.createMultiPoint(ps);
            }
            case "MultiLineString" -> {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = gf.createLineString(coordinates(c.get(i)));
                yield gf.createMultiLineString(ls);
            }
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i));
                yield gf.createMultiPolygon(ps);
            }
            case "GeometryCollection" -> {
                JsonNode gs = g.path("geometries");
                Geometry[] parts = new Geometry[gs.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = read(gs.get(i));
                yield gf.createGeometryCollection(parts);
            }
            default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.size() == 0) return gf.createPolygon();
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return gf.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode c) {
        Coordinate[] cs = coordinates(c);
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
            closed[cs.length] = cs[0].copy();
            cs = closed;
        }
        if (cs.length < 4) throw new IllegalArgumentException("polygon ring with fewer than 4 positions");
        return gf.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode c) {
        Coordinate[] out = new Coordinate[c.size()];
        for (int i = 0; i < out.length; i++) out[i] = coordinate(c.get(i));
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("bad position " + p + " (expected [lon, lat])");
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
