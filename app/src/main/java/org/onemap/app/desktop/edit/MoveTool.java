package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/** Drags a parcel; the grabbed point follows the (snapped) pointer, so a corner can be dropped onto a neighbour's. */
final class MoveTool implements MapEditTool {
    private final EditContext ctx;
    private Feature moving;
    private Coordinate anchor;
    private Geometry preview;

    MoveTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.MOVE; }

    @Override
    public boolean wantsDrag() { return true; }

    @Override
    public boolean pressed(MapInput in) {
        moving = ctx.featureAt(in.raw(), in.pixels(SelectTool.PICK_PX));
        if (moving == null) return false;
        // grab the corner under the pointer when there is one, so the snap moves that corner exactly
        Coordinate corner = VertexEditTool.nearestVertex(moving.geometry(), in.raw(), in.pixels(VertexEditTool.GRAB_PX));
        anchor = corner != null ? corner : in.raw();
        ctx.select(List.of(moving.id()));
        return true;
    }

    @Override
    public boolean dragged(MapInput in) {
        if (moving == null) return false;
        preview = ParcelEdits.move(moving.geometry(), in.at().x - anchor.x, in.at().y - anchor.y);
        return true;
    }

    @Override
    public boolean released(MapInput in) {
        if (moving == null) return false;
        Feature f = moving;
        double dx = in.at().x - anchor.x, dy = in.at().y - anchor.y;
        cancel();
        if (dx != 0 || dy != 0) ctx.apply(ChangeSet.reshape("move", f, ParcelEdits.move(f.geometry(), dx, dy)));
        return true;
    }

    @Override
    public Geometry sketch() { return preview; }

    @Override
    public void cancel() {
        moving = null;
        anchor = null;
        preview = null;
    }
}
