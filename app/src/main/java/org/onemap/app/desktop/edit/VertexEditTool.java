package org.onemap.app.desktop.edit;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.EditException;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/**
 * Vertex editing of the selected parcel: drag a vertex to move it (snapped), click on an edge to
 * insert a vertex there, Delete removes the vertex last touched. Clicking another parcel selects it.
 */
final class VertexEditTool implements MapEditTool {
    static final double GRAB_PX = 8;
    private final EditContext ctx;
    private Coordinate grabbed;
    private Coordinate lastTouched;
    private Geometry preview;

    VertexEditTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.VERTEX; }

    @Override
    public boolean wantsDrag() { return true; }

    private Feature target() {
        return ctx.selection().isEmpty() ? null : ctx.feature(ctx.selection().get(0));
    }

    @Override
    public boolean pressed(MapInput in) {
        Feature t = target();
        grabbed = t == null ? null : nearestVertex(t.geometry(), in.raw(), in.pixels(GRAB_PX));
        preview = null;
        if (grabbed != null) lastTouched = grabbed;
        return grabbed != null; // elsewhere the drag pans the map
    }

    @Override
    public boolean dragged(MapInput in) {
        Feature t = target();
        if (grabbed == null || t == null) return false;
        try {
            preview = ParcelEdits.moveVertex(t.geometry(), grabbed, in.at());
        } catch (EditException e) {
            // keep the last valid preview while the pointer crosses an edge
        }
        return true;
    }

    @Override
    public boolean released(MapInput in) {
        Feature t = target();
        if (grabbed == null || t == null) return false;
        Coordinate from = grabbed;
        grabbed = null;
        preview = null;
        if (from.equals2D(in.at())) return true;
        try {
            Geometry moved = ParcelEdits.moveVertex(t.geometry(), from, in.at());
            ctx.apply(ChangeSet.reshape("vertex", t, moved));
            lastTouched = new Coordinate(in.at());
        } catch (EditException e) {
            ctx.refuse(e.getMessage());
        }
        return true;
    }

    @Override
    public boolean clicked(MapInput in, int count) {
        if (count != 1) return false;
        Feature t = target();
        if (t != null) {
            Coordinate v = nearestVertex(t.geometry(), in.raw(), in.pixels(GRAB_PX));
            if (v != null) {
                lastTouched = v;
                return true;
            }
            if (t.geometry().getBoundary().distance(ctx.geometryFactory().createPoint(in.raw())) <= in.pixels(GRAB_PX)) {
                try {
                    ctx.apply(ChangeSet.reshape("vertex", t, ParcelEdits.insertVertex(t.geometry(), in.at())));
                    lastTouched = new Coordinate(in.at());
                } catch (EditException e) {
                    ctx.refuse(e.getMessage());
                }
                return true;
            }
        }
        Feature other = ctx.featureAt(in.raw(), in.pixels(SelectTool.PICK_PX));
        ctx.select(other == null ? List.of() : List.of(other.id()));
        lastTouched = null;
        return true;
    }

    @Override
    public boolean key(EditKey key) {
        Feature t = target();
        if (key != EditKey.DELETE || t == null || lastTouched == null) return false;
        try {
            ctx.apply(ChangeSet.reshape("vertex", t, ParcelEdits.deleteVertex(t.geometry(), lastTouched)));
        } catch (EditException e) {
            ctx.refuse(e.getMessage());
        }
        lastTouched = null;
        return true;
    }

    @Override
    public Geometry sketch() { return preview; }

    /** The selected parcel's corners, drawn as handles. */
    @Override
    public List<Coordinate> sketchVertices() {
        Feature t = target();
        if (t == null) return List.of();
        Geometry g = preview != null ? preview : t.geometry();
        return Arrays.asList(g.getCoordinates());
    }

    static Coordinate nearestVertex(Geometry g, Coordinate p, double tolerance) {
        Coordinate best = null;
        double bestD = tolerance;
        for (Coordinate c : g.getCoordinates()) {
            double d = c.distance(p);
            if (d <= bestD) {
                bestD = d;
                best = c;
            }
        }
        return best == null ? null : new Coordinate(best);
    }

    @Override
    public void cancel() {
        grabbed = null;
        preview = null;
    }
}
