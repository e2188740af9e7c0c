package org.onemap.dataimport.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Turns the content of one shapefile record into a JTS geometry in 2D: Z and M values that follow the
 * XY part are ignored. Polylines give a LineString or MultiLineString, polygons a Polygon or
 * MultiPolygon. Unclosed rings are closed; rings with fewer than 4 points and lines with fewer than 2
 * cannot exist in JTS and are dropped (counted in {@link #droppedParts()}).
 */
final class ShapeDecoder {
    private final GeometryFactory gf;
    private long droppedParts;

    ShapeDecoder(GeometryFactory gf) { this.gf = gf; }

    long droppedParts() { return droppedParts; }

    /**
     * Decodes {@code b} (little-endian, positioned at the record's shape type, limited to the content).
     *
     * @return the geometry, or null for a null shape
     * @throws IllegalArgumentException with the reason when the content is inconsistent
     */
    Geometry decode(ByteBuffer b) {
        int code = b.getInt();
        ShapeType t;
        try {
            t = ShapeType.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown shape type " + code);
        }
        return switch (t.flat()) {
            case NULL -> null;
            case POINT -> point(b);
            case MULTIPOINT -> multiPoint(b);
            case POLYLINE -> polyline(b);
            case POLYGON -> polygon(b);
            default -> throw new IllegalArgumentException(t + " shapes are not supported");
        };
    }

    private Point point(ByteBuffer b) {
        need(b, 16, "a point");
        double x = b.getDouble(), y = b.getDouble();
        // ESRI marks "no data" with values below -1e38; such points are empty
        if (Double.isNaN(x) || Double.isNaN(y) || x < -1e38 || y < -1e38) return gf.createPoint();
        return gf.createPoint(new Coordinate(x, y));
    }

    private Geometry multiPoint(ByteBuffer b) {
        need(b, 36, "a multipoint header");
        b.position(b.position() + 32); // bbox
        int n = b.getInt();
        if (n < 0 || (long) n * 16 > b.remaining()) throw new IllegalArgumentException(n + " points do not fit in the record");
        Coordinate[] pts = new Coordinate[n];
        for (int i = 0; i < n; i++) pts[i] = new Coordinate(b.getDouble(), b.getDouble());
        return gf.createMultiPointFromCoords(pts);
    }

    private Geometry polyline(ByteBuffer b) {
        List<Coordinate[]> parts = parts(b);
        List<LineString> lines = new ArrayList<>(parts.size());
        for (Coordinate[] p : parts) {
            if (p.length >= 2) lines.add(gf.createLineString(p));
            else droppedParts++;
        }
        if (lines.size() == 1) return lines.get(0);
        return gf.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private Geometry polygon(ByteBuffer b) {
        List<Coordinate[]> parts = parts(b);
        List<Coordinate[]> rings = new ArrayList<>(parts.size());
        for (Coordinate[] p : parts) {
            Coordinate[] r = p;
            if (r.length > 0 && !r[0].equals2D(r[r.length - 1])) {
                r = java.util.Arrays.copyOf(r, r.length + 1);
                r[r.length - 1] = new Coordinate(r[0]);
            }
            if (r.length >= 4) rings.add(r);
            else droppedParts++;
        }
        if (rings.isEmpty()) return gf.createPolygon();
        return PolygonAssembler.assemble(rings, gf);
    }

    private static List<Coordinate[]> parts(ByteBuffer b) {
        need(b, 40, "a part header");
        b.position(b.position() + 32); // bbox
        int numParts = b.getInt(), numPoints = b.getInt();
        if (numParts < 0 || numPoints < 0 || (long) numParts * 4 + (long) numPoints * 16 > b.remaining()) {
            throw new IllegalArgumentException(numParts + " parts of " + numPoints + " points do not fit in the record");
        }
        int[] starts = new int[numParts];
        for (int i = 0; i < numParts; i++) starts[i] = b.getInt();
        int base = b.position();
        List<Coordinate[]> out = new ArrayList<>(numParts);
        for (int i = 0; i < numParts; i++) {
            int end = i + 1 < numParts ? starts[i + 1] : numPoints;
            if (starts[i] < 0 || end > numPoints || end < starts[i]) {
                throw new IllegalArgumentException("part " + i + " index " + starts[i] + " is outside 0.." + numPoints);
            }
            Coordinate[] c = new Coordinate[end - starts[i]];
            for (int k = 0, at = base + 16 * starts[i]; k < c.length; k++, at += 16) {
                c[k] = new Coordinate(b.getDouble(at), b.getDouble(at + 8));
            }
            out.add(c);
        }
        return out;
    }

    private static void need(ByteBuffer b, int n, String what) {
        if (b.remaining() < n) throw new IllegalArgumentException("record too short for " + what);
    }
}
