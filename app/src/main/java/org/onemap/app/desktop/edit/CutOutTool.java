package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/** Draws a polygon (a road, a ditch) and removes it from every parcel it overlaps, as one edit. */
final class CutOutTool extends SketchTool {
    CutOutTool(EditContext ctx) { super(ctx, true); }

    @Override
    public EditToolKind kind() { return EditToolKind.CUT_OUT; }

    @Override
    protected void finish(Geometry cutter) {
        List<FeatureChange> changes = new ArrayList<>();
        for (Feature f : ctx.featuresNear(cutter)) {
            if (!f.geometry().intersects(cutter) || f.geometry().touches(cutter)) continue;
            changes.add(new FeatureChange(f, f.withGeometry(ParcelEdits.cutOut(f.geometry(), cutter))));
        }
        if (!changes.isEmpty()) ctx.apply(new ChangeSet("cut", changes));
    }
}
