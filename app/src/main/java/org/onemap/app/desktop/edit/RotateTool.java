package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/** Drags around a parcel's centroid to rotate it; the angle is measured in a locally undistorted frame. */
final class RotateTool implements MapEditTool {
    private final EditContext ctx;
    private Feature rotating;
    private Coordinate pivot;
    private double startAngle;
    private Geometry preview;

    RotateTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.ROTATE; }

    @Override
    public boolean wantsDrag() { return true; }

    @Override
    public boolean pressed(MapInput in) {
        rotating = ctx.featureAt(in.raw(), in.pixels(SelectTool.PICK_PX));
        if (rotating == null) return false;
        pivot = rotating.geometry().getCentroid().getCoordinate();
        startAngle = angle(in.raw());
        ctx.select(List.of(rotating.id()));
        return true;
    }

    /** Degrees counter-clockwise of {@code p} about the pivot, with longitude shrunk by cos(lat) so angles look right. */
    private double angle(Coordinate p) {
        double k = Math.cos(Math.toRadians(pivot.y));
        return Math.toDegrees(Math.atan2(p.y - pivot.y, (p.x - pivot.x) * k));
    }

    @Override
    public boolean dragged(MapInput in) {
        if (rotating == null) return false;
        preview = ParcelEdits.rotate(rotating.geometry(), angle(in.raw()) - startAngle, pivot, true);
        return true;
    }

    @Override
    public boolean released(MapInput in) {
        if (rotating == null) return false;
        Feature f = rotating;
        double degrees = angle(in.raw()) - startAngle;
        Coordinate c = pivot;
        cancel();
        if (Math.abs(degrees) > 1e-9) ctx.apply(ChangeSet.reshape("rotate", f, ParcelEdits.rotate(f.geometry(), degrees, c, true)));
        return true;
    }

    @Override
    public Geometry sketch() { return preview; }

    @Override
    public void cancel() {
        rotating = null;
        pivot = null;
        preview = null;
    }
}
