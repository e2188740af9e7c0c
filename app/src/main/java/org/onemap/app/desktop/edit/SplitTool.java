package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.edit.EditException;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/**
 * Draws a line and splits every parcel it crosses completely; the pieces keep the parcel's attributes
 * (the planner then gives them their own codes). One edit for all parcels, so one undo restores them.
 */
final class SplitTool extends SketchTool {
    SplitTool(EditContext ctx) { super(ctx, false); }

    @Override
    public EditToolKind kind() { return EditToolKind.SPLIT; }

    @Override
    protected void finish(Geometry line) {
        List<FeatureChange> changes = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        String lastError = null;
        for (Feature f : ctx.featuresNear(line)) {
            if (!f.geometry().intersects(line)) continue;
            try {
                List<Polygon> parts = ParcelEdits.split(f.geometry(), (LineString) line);
                ChangeSet one = ChangeSet.replace("split", List.of(f), parts);
                changes.addAll(one.changes());
                one.changes().stream().filter(c -> c.after() != null).forEach(c -> pieces.add(c.after().id()));
            } catch (EditException e) {
                lastError = e.getMessage(); // a parcel the line only grazes stays whole
            }
        }
        if (changes.isEmpty()) {
            if (lastError != null) ctx.refuse(lastError);
            return;
        }
        ctx.apply(new ChangeSet("split", changes));
        ctx.select(pieces);
    }
}
