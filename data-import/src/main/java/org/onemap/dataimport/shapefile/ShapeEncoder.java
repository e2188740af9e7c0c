package org.onemap.dataimport.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a JTS geometry into the content of one 2D shapefile record (little-endian, after the 8-byte
 * record header). Polygon rings are written the way the ESRI spec requires: outer rings clockwise,
 * holes counter-clockwise, whatever orientation the JTS geometry has.
 */
final class ShapeEncoder {
    private final ShapeType type;
    // Parts of the record being encoded; reused between records to keep 1M writes allocation-light.
    private final List<CoordinateSequence> parts = new ArrayList<>();
    private final List<Boolean> reversed = new ArrayList<>();
    private int points;
    private Point point;

    ShapeEncoder(ShapeType type) {
        if (type != ShapeType.POINT && type != ShapeType.MULTIPOINT && type != ShapeType.POLYLINE && type != ShapeType.POLYGON) {
            throw new IllegalArgumentException("writing " + type + " shapefiles is not supported; use POINT, MULTIPOINT, POLYLINE or POLYGON");
        }
        this.type = type;
    }

    /**
     * Prepares {@code g} and returns the content length in bytes (4 for a null shape).
     *
     * @throws IllegalArgumentException if {@code g} is not of this file's type
     */
    int prepare(Geometry g, long recordNumber) {
        parts.clear();
        reversed.clear();
        points = 0;
        point = null;
        if (g == null || g.isEmpty()) return 4;
        switch (type) {
            case POINT -> {
                if (!(g instanceof Point p)) throw mismatch(g, recordNumber);
                point = p;
                return 20;
            }
            case MULTIPOINT -> {
                if (g instanceof Point p) addPart(p.getCoordinateSequence(), false);
                else if (g instanceof MultiPoint mp) {
                    for (int i = 0; i < mp.getNumGeometries(); i++) {
                        Point p = (Point) mp.getGeometryN(i);
                        if (!p.isEmpty()) addPart(p.getCoordinateSequence(), false);
                    }
                } else throw mismatch(g, recordNumber);
                return 40 + 16 * points;
            }
            case POLYLINE -> {
                if (g instanceof LineString l) addLine(l);
                else if (g instanceof MultiLineString ml) {
                    for (int i = 0; i < ml.getNumGeometries(); i++) addLine((LineString) ml.getGeometryN(i));
                } else throw mismatch(g, recordNumber);
            }
            default -> {
                if (g instanceof Polygon p) addPolygon(p);
                else if (g instanceof MultiPolygon mp) {
                    for (int i = 0; i < mp.getNumGeometries(); i++) addPolygon((Polygon) mp.getGeometryN(i));
                } else throw mismatch(g, recordNumber);
            }
        }
        if (parts.isEmpty()) return 4;
        return 44 + 4 * parts.size() + 16 * points;
    }

    /** Writes the content prepared by {@link #prepare}; {@code b} is little-endian with enough room. */
    void write(ByteBuffer b, Envelope bounds) {
        if (point == null && parts.isEmpty()) {
            b.putInt(ShapeType.NULL.code());
            return;
        }
        b.putInt(type.code());
        if (point != null) {
            b.putDouble(point.getX()).putDouble(point.getY());
            bounds.expandToInclude(point.getX(), point.getY());
            return;
        }
        Envelope env = new Envelope();
        for (CoordinateSequence s : parts) s.expandEnvelope(env);
        bounds.expandToInclude(env);
        b.putDouble(env.getMinX()).putDouble(env.getMinY()).putDouble(env.getMaxX()).putDouble(env.getMaxY());
        if (type == ShapeType.MULTIPOINT) {
            b.putInt(points);
        } else {
            b.putInt(parts.size()).putInt(points);
            int start = 0;
            for (CoordinateSequence s : parts) {
                b.putInt(start);
                start += s.size();
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            CoordinateSequence s = parts.get(p);
            int n = s.size();
            if (reversed.get(p)) {
                for (int i = n - 1; i >= 0; i--) b.putDouble(s.getX(i)).putDouble(s.getY(i));
            } else {
                for (int i = 0; i < n; i++) b.putDouble(s.getX(i)).putDouble(s.getY(i));
            }
        }
    }

    private void addLine(LineString l) {
        if (!l.isEmpty()) addPart(l.getCoordinateSequence(), false);
    }

    private void addPolygon(Polygon p) {
        if (p.isEmpty()) return;
        addRing(p.getExteriorRing(), false);
        for (int i = 0; i < p.getNumInteriorRing(); i++) addRing(p.getInteriorRingN(i), true);
    }

    private void addRing(LinearRing ring, boolean hole) {
        if (ring.isEmpty()) return;
        CoordinateSequence s = ring.getCoordinateSequence();
        boolean ccw = Orientation.isCCW(s);
        // ESRI: outer rings clockwise, holes counter-clockwise
        addPart(s, hole != ccw);
    }

    private void addPart(CoordinateSequence s, boolean reverse) {
        parts.add(s);
        reversed.add(reverse);
        points += s.size();
    }

    private IllegalArgumentException mismatch(Geometry g, long recordNumber) {
        return new IllegalArgumentException("record " + recordNumber + ": a " + g.getGeometryType()
                + " cannot be written to a " + type + " shapefile");
    }
}
