package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.edit.EditException;

/**
 * A tool that places vertices one click at a time: a double-click or Enter finishes, Esc cancels,
 * Backspace takes back the last vertex. While drawing, the sketch follows the pointer (rubber band).
 * Subclasses say whether the sketch is a polygon or a line and what finishing it does.
 */
abstract class SketchTool implements MapEditTool {
    protected final EditContext ctx;
    private final boolean polygon;
    private final List<Coordinate> points = new ArrayList<>();
    private Coordinate pointer;

    SketchTool(EditContext ctx, boolean polygon) {
        this.ctx = ctx;
        this.polygon = polygon;
    }

    /** Called with the finished vertices (at least 3 for a polygon, 2 for a line). */
    protected abstract void finish(Geometry shape);

    @Override
    public boolean clicked(MapInput in, int count) {
        // the first click of a double-click already placed the vertex: the second only finishes
        if (count >= 2) return finishNow();
        add(in.at());
        return true;
    }

    @Override
    public boolean moved(MapInput in) {
        pointer = in.at();
        return !points.isEmpty();
    }

    @Override
    public boolean typed(Coordinate c) {
        add(c);
        return true;
    }

    @Override
    public boolean key(EditKey key) {
        switch (key) {
            case ENTER -> { return finishNow(); }
            case ESCAPE -> {
                boolean had = !points.isEmpty();
                cancel();
                return had;
            }
            case BACKSPACE -> {
                if (points.isEmpty()) return false;
                points.remove(points.size() - 1);
                return true;
            }
            default -> { return false; }
        }
    }

    private void add(Coordinate c) {
        Coordinate p = new Coordinate(c.x, c.y);
        if (!points.isEmpty() && points.get(points.size() - 1).equals2D(p)) return; // a repeated click adds nothing
        points.add(p);
    }

    private boolean finishNow() {
        int min = polygon ? 3 : 2;
        if (points.size() < min) return false;
        GeometryFactory gf = ctx.geometryFactory();
        Geometry shape;
        if (polygon) {
            List<Coordinate> ring = new ArrayList<>(points);
            ring.add(new Coordinate(points.get(0)));
            shape = gf.createPolygon(ring.toArray(Coordinate[]::new));
        } else {
            shape = gf.createLineString(points.toArray(Coordinate[]::new));
        }
        cancel();
        try {
            finish(shape);
        } catch (EditException e) {
            ctx.refuse(e.getMessage());
        }
        return true;
    }

    @Override
    public Geometry sketch() {
        if (points.isEmpty()) return null;
        List<Coordinate> c = new ArrayList<>(points);
        if (pointer != null && !pointer.equals2D(points.get(points.size() - 1))) c.add(pointer);
        GeometryFactory gf = ctx.geometryFactory();
        if (polygon && c.size() >= 3) {
            c.add(new Coordinate(c.get(0)));
            return gf.createPolygon(c.toArray(Coordinate[]::new));
        }
        return c.size() >= 2 ? gf.createLineString(c.toArray(Coordinate[]::new)) : gf.createPoint(c.get(0));
    }

    @Override
    public List<Coordinate> sketchVertices() { return List.copyOf(points); }

    @Override
    public Coordinate[] measuredRing() {
        if (!polygon || points.isEmpty()) return new Coordinate[0];
        List<Coordinate> c = new ArrayList<>(points);
        if (pointer != null && !pointer.equals2D(points.get(points.size() - 1))) c.add(pointer);
        return c.toArray(Coordinate[]::new);
    }

    @Override
    public void cancel() {
        points.clear();
        pointer = null;
    }
}
