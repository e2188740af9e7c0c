package org.onemap.app.desktop.edit;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;

/** Drags a rectangle from one corner to the opposite one (both snapped); Esc while dragging cancels. */
final class RectangleTool implements MapEditTool {
    private final EditContext ctx;
    private Coordinate corner;
    private Coordinate opposite;

    RectangleTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.RECTANGLE; }

    @Override
    public boolean wantsDrag() { return true; }

    @Override
    public boolean pressed(MapInput in) {
        corner = in.at();
        opposite = null;
        return true;
    }

    @Override
    public boolean dragged(MapInput in) {
        if (corner == null) return false;
        opposite = in.at();
        return true;
    }

    @Override
    public boolean released(MapInput in) {
        if (corner == null) return false;
        Coordinate a = corner;
        Coordinate b = in.at();
        cancel();
        if (Math.abs(a.x - b.x) < in.pixels(2) || Math.abs(a.y - b.y) < in.pixels(2)) return true; // a click, not a drag
        ctx.created(ParcelEdits.rectangle(ctx.geometryFactory(), a, b));
        return true;
    }

    @Override
    public boolean key(EditKey key) {
        if (key != EditKey.ESCAPE || corner == null) return false;
        cancel();
        return true;
    }

    @Override
    public Geometry sketch() {
        if (corner == null || opposite == null || corner.x == opposite.x || corner.y == opposite.y) return null;
        return ParcelEdits.rectangle(ctx.geometryFactory(), corner, opposite);
    }

    @Override
    public Coordinate[] measuredRing() {
        Geometry g = sketch();
        if (g == null) return new Coordinate[0];
        Coordinate[] c = g.getCoordinates();
        return java.util.Arrays.copyOf(c, c.length - 1);
    }

    @Override
    public void cancel() {
        corner = null;
        opposite = null;
    }
}
