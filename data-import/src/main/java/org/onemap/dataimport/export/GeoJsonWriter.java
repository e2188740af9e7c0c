package org.onemap.dataimport.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as RFC 7946 geometry objects. Polygon rings follow the right-hand rule
 * (exterior counter-clockwise, holes clockwise), which RFC 7946 §3.1.6 asks writers to use.
 */
final class GeoJsonWriter {
    private final JsonGenerator g;

    GeoJsonWriter(JsonGenerator g) {
        this.g = g;
    }

    void write(Geometry geom) throws IOException {
        if (geom == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", type(geom));
        if (geom instanceof GeometryCollection c && !(geom instanceof MultiPoint || geom instanceof MultiLineString || geom instanceof MultiPolygon)) {
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < c.getNumGeometries(); i++) write(c.getGeometryN(i));
            g.writeEndArray();
        } else {
            g.writeFieldName("coordinates");
            coordinates(geom);
        }
        g.writeEndObject();
    }

    private static String type(Geometry geom) {
        return switch (geom.getGeometryType()) {
            case "LinearRing" -> "LineString";
            default -> geom.getGeometryType();
        };
    }

    private void coordinates(Geometry geom) throws IOException {
        if (geom instanceof Point p) {
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                position(p.getCoordinateSequence(), 0);
            }
        } else if (geom instanceof LineString l) {
            sequence(l.getCoordinateSequence(), false);
        } else if (geom instanceof Polygon p) {
            g.writeStartArray();
            if (!p.isEmpty()) {
                ring(p.getExteriorRing(), true);
                for (int i = 0; i < p.getNumInteriorRing(); i++) ring(p.getInteriorRingN(i), false);
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) coordinates(geom.getGeometryN(i));
            g.writeEndArray();
        }
    }

    private void ring(LineString ring, boolean counterClockwise) throws IOException {
        CoordinateSequence seq = ring.getCoordinateSequence();
        boolean ccw = seq.size() >= 4 && org.locationtech.jts.algorithm.Orientation.isCCW(seq);
        sequence(seq, ccw != counterClockwise);
    }

    private void sequence(CoordinateSequence seq, boolean reversed) throws IOException {
        g.writeStartArray();
        int n = seq.size();
        for (int i = 0; i < n; i++) position(seq, reversed ? n - 1 - i : i);
        g.writeEndArray();
    }

    private void position(CoordinateSequence seq, int i) throws IOException {
        g.writeStartArray();
        g.writeNumber(seq.getX(i));
        g.writeNumber(seq.getY(i));
        g.writeEndArray();
    }
}
