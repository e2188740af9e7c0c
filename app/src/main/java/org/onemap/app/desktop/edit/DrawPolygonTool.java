package org.onemap.app.desktop.edit;

import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;

/** Draws a new parcel vertex by vertex; the attribute form decides whether it is kept. */
final class DrawPolygonTool extends SketchTool {
    DrawPolygonTool(EditContext ctx) { super(ctx, true); }

    @Override
    public EditToolKind kind() { return EditToolKind.DRAW_POLYGON; }

    @Override
    protected void finish(Geometry shape) {
        // keep the clicked (snapped) vertices exactly: only repair when the ring crosses itself
        ctx.created(shape.isValid() ? shape : ParcelEdits.repair(shape));
    }
}
