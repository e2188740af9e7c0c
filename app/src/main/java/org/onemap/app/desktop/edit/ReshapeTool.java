package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/** Draws a line that leaves and re-enters a parcel; its boundary is redrawn along the line between the crossings. */
final class ReshapeTool extends SketchTool {
    ReshapeTool(EditContext ctx) { super(ctx, false); }

    @Override
    public EditToolKind kind() { return EditToolKind.RESHAPE; }

    @Override
    protected void finish(Geometry line) {
        Feature target = ctx.selection().stream().map(ctx::feature).filter(f -> f != null && f.geometry().intersects(line))
                .findFirst().orElseGet(() -> ctx.featuresNear(line).stream().filter(f -> f.geometry().intersects(line))
                        .findFirst().orElse(null));
        if (target == null) return;
        ctx.apply(ChangeSet.reshape("reshape", target, ParcelEdits.reshape(target.geometry(), (LineString) line)));
        ctx.select(List.of(target.id()));
    }
}
