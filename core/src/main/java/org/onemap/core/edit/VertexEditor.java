package org.onemap.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Inserts, moves and deletes single vertices of polygon rings, keeping rings closed. */
final class VertexEditor {
    private VertexEditor() {}

    private enum Kind { INSERT, MOVE, DELETE }

    static Geometry insert(Geometry g, Coordinate at) {
        return edit(g, Kind.INSERT, at, null, "Insert vertex");
    }

    static Geometry move(Geometry g, Coordinate vertex, Coordinate to) {
        return edit(g, Kind.MOVE, vertex, to, "Move vertex");
    }

    static Geometry delete(Geometry g, Coordinate vertex) {
        return edit(g, Kind.DELETE, vertex, null, "Delete vertex");
    }

    private static Geometry edit(Geometry g, Kind kind, Coordinate at, Coordinate to, String op) {
        Geometry parcel = ValidPolygons.requirePolygonal(g, op);
        GeometryFactory gf = parcel.getFactory();
        List<Coordinate[]> rings = rings(parcel);
        // locate nearest vertex (move/delete) or nearest segment (insert) across all rings
        int bestRing = -1, bestIndex = -1;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rings.size(); r++) {
            Coordinate[] c = rings.get(r);
            for (int i = 0; i < c.length - 1; i++) {
                double d = kind == Kind.INSERT ? new LineSegment(c[i], c[i + 1]).distance(at) : c[i].distance(at);
                if (d < best) { best = d; bestRing = r; bestIndex = i; }
            }
        }
        Coordinate[] c = rings.get(bestRing);
        List<Coordinate> ring = new ArrayList<>(Arrays.asList(c).subList(0, c.length - 1));
        switch (kind) {
            case INSERT -> ring.add(bestIndex + 1, new LineSegment(c[bestIndex], c[bestIndex + 1]).closestPoint(at));
            case MOVE -> ring.set(bestIndex, new Coordinate(to));
            case DELETE -> {
                if (ring.size() <= 3) throw new EditException("Cannot delete: a ring needs at least three corners");
                ring.remove(bestIndex);
            }
        }
        ring.add(new Coordinate(ring.get(0)));
        rings.set(bestRing, ring.toArray(Coordinate[]::new));
        Geometry result = rebuild(gf, parcel, rings);
        if (!result.isValid()) {
            throw new EditException(op + " would make the parcel boundary cross itself; choose another position");
        }
        return result;
    }

    private static List<Coordinate[]> rings(Geometry parcel) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int p = 0; p < parcel.getNumGeometries(); p++) {
            Polygon poly = (Polygon) parcel.getGeometryN(p);
            rings.add(poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) rings.add(poly.getInteriorRingN(h).getCoordinates());
        }
        return rings;
    }

    private static Geometry rebuild(GeometryFactory gf, Geometry parcel, List<Coordinate[]> rings) {
        Polygon[] polys = new Polygon[parcel.getNumGeometries()];
        int r = 0;
        for (int p = 0; p < polys.length; p++) {
            Polygon old = (Polygon) parcel.getGeometryN(p);
            LinearRing shell = gf.createLinearRing(rings.get(r++));
            LinearRing[] holes = new LinearRing[old.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) holes[h] = gf.createLinearRing(rings.get(r++));
            polys[p] = gf.createPolygon(shell, holes);
        }
        return polys.length == 1 && parcel instanceof Polygon ? polys[0] : gf.createMultiPolygon(polys);
    }
}
