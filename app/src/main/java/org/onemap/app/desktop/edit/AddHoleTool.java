package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/** Draws a polygon inside a parcel and cuts it out as a hole (a pond, a house plot). */
final class AddHoleTool extends SketchTool {
    AddHoleTool(EditContext ctx) { super(ctx, true); }

    @Override
    public EditToolKind kind() { return EditToolKind.ADD_HOLE; }

    @Override
    protected void finish(Geometry hole) {
        Feature parcel = ctx.featuresNear(hole).stream().filter(f -> f.geometry().contains(hole)).findFirst().orElse(null);
        if (parcel == null) {
            // let the engine explain: a hole must lie strictly inside one parcel
            Feature any = ctx.featuresNear(hole).stream().findFirst().orElse(null);
            if (any == null) return;
            parcel = any;
        }
        ctx.apply(ChangeSet.reshape("hole", parcel, ParcelEdits.addHole(parcel.geometry(), hole)));
        ctx.select(List.of(parcel.id()));
    }
}
