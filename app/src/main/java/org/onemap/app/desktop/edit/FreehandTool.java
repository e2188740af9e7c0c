package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.EditException;
import org.onemap.core.edit.ParcelEdits;

/** Traces a boundary with the button held; on release the trace is closed and simplified to a polygon. */
final class FreehandTool implements MapEditTool {
    /** Douglas-Peucker tolerance: the hand's jitter, not the parcel's shape. */
    static final double SIMPLIFY_PX = 2;
    private final EditContext ctx;
    private final List<Coordinate> trace = new ArrayList<>();

    FreehandTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.FREEHAND; }

    @Override
    public boolean wantsDrag() { return true; }

    @Override
    public boolean pressed(MapInput in) {
        trace.clear();
        trace.add(in.at());
        return true;
    }

    @Override
    public boolean dragged(MapInput in) {
        if (trace.isEmpty()) return false;
        if (!trace.get(trace.size() - 1).equals2D(in.at())) trace.add(in.at());
        return true;
    }

    @Override
    public boolean released(MapInput in) {
        if (trace.isEmpty()) return false;
        dragged(in);
        Coordinate[] points = trace.toArray(Coordinate[]::new);
        trace.clear();
        if (points.length < 3) return true;
        try {
            ctx.created(ParcelEdits.freehand(ctx.geometryFactory(), points, in.pixels(SIMPLIFY_PX)));
        } catch (EditException e) {
            ctx.refuse(e.getMessage());
        }
        return true;
    }

    @Override
    public boolean key(EditKey key) {
        if (key != EditKey.ESCAPE || trace.isEmpty()) return false;
        trace.clear();
        return true;
    }

    @Override
    public Geometry sketch() {
        return trace.size() < 2 ? null : ctx.geometryFactory().createLineString(trace.toArray(Coordinate[]::new));
    }

    @Override
    public Coordinate[] measuredRing() { return trace.size() < 3 ? new Coordinate[0] : trace.toArray(Coordinate[]::new); }

    @Override
    public void cancel() { trace.clear(); }
}
