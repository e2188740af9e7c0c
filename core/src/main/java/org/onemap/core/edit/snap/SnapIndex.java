package org.onemap.core.edit.snap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Snap targets of the features currently visible on the chosen layers. Built per viewport (index only
 * what is on screen, so cost follows the view, not the layer size) and read-only afterwards, so one
 * index serves every mouse move until the next pan or zoom. Priority within tolerance: vertex, then
 * intersection, then edge.
 */
public final class SnapIndex {
    private record Vertex(Coordinate c, String id) {}
    private record Segment(LineSegment seg, String id) {}

    private final STRtree vertices = new STRtree();
    private final STRtree segments = new STRtree();
    private int vertexCount;
    private volatile boolean built;

    /** Adds the vertices and edges of one visible feature. */
    public synchronized SnapIndex add(String featureId, Geometry g) {
        if (built) throw new IllegalStateException("SnapIndex is built; create a new one for the next viewport");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                addLine(featureId, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) addLine(featureId, p.getInteriorRingN(h));
            } else if (part instanceof LineString l) {
                addLine(featureId, l);
            } else if (part != g) {
                add(featureId, part);
            } else {
                for (Coordinate c : part.getCoordinates()) addVertex(featureId, c);
            }
        }
        return this;
    }

    // line vertices are found as segment end points: one tree instead of two halves the rebuild per viewport
    private void addLine(String id, LineString line) {
        Coordinate[] c = line.getCoordinates();
        vertexCount += line.isClosed() ? c.length - 1 : c.length;
        if (c.length == 1) addVertex(id, c[0]);
        for (int i = 1; i < c.length; i++) {
            if (!c[i - 1].equals2D(c[i])) {
                LineSegment s = new LineSegment(c[i - 1], c[i]);
                segments.insert(new Envelope(c[i - 1], c[i]), new Segment(s, id));
            }
        }
    }

    private void addVertex(String id, Coordinate c) {
        vertices.insert(new Envelope(c), new Vertex(c, id));
        vertexCount++;
    }

    /**
     * Freezes the index (done by the first snap otherwise). Call it on the background thread that
     * built the index for a new viewport, so the first mouse move pays nothing.
     */
    public synchronized SnapIndex build() {
        if (!built) {
            vertices.build();
            segments.build();
            built = true;
        }
        return this;
    }

    /** Number of indexed vertices (for diagnostics). */
    public int vertexCount() { return vertexCount; }

    /** Snap tolerance in layer units for a pixel radius at the current map scale. */
    public static double tolerance(double pixels, double layerUnitsPerPixel) {
        return pixels * layerUnitsPerPixel;
    }

    /** The best snap target within {@code tolerance} of {@code p} using the allowed kinds, if any. */
    @SuppressWarnings("unchecked")
    public Optional<SnapResult> snap(Coordinate p, double tolerance, Set<SnapKind> kinds) {
        if (!built) build();
        Envelope search = new Envelope(p);
        search.expandBy(tolerance);
        List<Segment> near = new ArrayList<>();
        for (Segment s : (List<Segment>) segments.query(search)) {
            if (s.seg().distance(p) <= tolerance) near.add(s);
        }
        if (kinds.contains(SnapKind.VERTEX)) {
            SnapResult best = null;
            for (Vertex v : (List<Vertex>) vertices.query(search)) best = closerVertex(best, v.c(), v.id(), p, tolerance);
            for (Segment s : near) {
                best = closerVertex(best, s.seg().p0, s.id(), p, tolerance);
                best = closerVertex(best, s.seg().p1, s.id(), p, tolerance);
            }
            if (best != null) return Optional.of(best);
        }
        if (kinds.contains(SnapKind.INTERSECTION)) {
            SnapResult best = null;
            for (int i = 0; i < near.size(); i++) {
                for (int j = i + 1; j < near.size(); j++) {
                    Coordinate x = near.get(i).seg().intersection(near.get(j).seg());
                    if (x == null) continue;
                    double d = x.distance(p);
                    if (d <= tolerance && (best == null || d < best.distance())) {
                        best = new SnapResult(x, SnapKind.INTERSECTION, near.get(i).id(), d);
                    }
                }
            }
            if (best != null) return Optional.of(best);
        }
        if (kinds.contains(SnapKind.EDGE)) {
            SnapResult best = null;
            for (Segment s : near) {
                Coordinate c = s.seg().closestPoint(p);
                double d = c.distance(p);
                if (best == null || d < best.distance()) best = new SnapResult(c, SnapKind.EDGE, s.id(), d);
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    private static SnapResult closerVertex(SnapResult best, Coordinate c, String id, Coordinate p, double tolerance) {
        double d = c.distance(p);
        return d <= tolerance && (best == null || d < best.distance())
                ? new SnapResult(new Coordinate(c), SnapKind.VERTEX, id, d) : best;
    }

    /** {@link #snap(Coordinate, double, Set)} with every kind allowed. */
    public Optional<SnapResult> snap(Coordinate p, double tolerance) {
        return snap(p, tolerance, EnumSet.allOf(SnapKind.class));
    }
}
