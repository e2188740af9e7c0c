package org.onemap.core.edit.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/**
 * A repair the planner can apply with one click: new geometries for the listed feature ids. Applied
 * through the edit session (as one undoable change), never written directly.
 */
public record SuggestedFix(String description, Map<String, Geometry> newGeometries) {
    public SuggestedFix {
        newGeometries = Map.copyOf(newGeometries);
    }

    /** This fix as one undoable edit of the session's current features; execute it to apply. */
    public ChangeSet asEdit(EditSession session) {
        List<FeatureChange> changes = new ArrayList<>();
        newGeometries.forEach((id, g) -> {
            Feature f = session.feature(id);
            if (f == null) throw new IllegalStateException("feature " + id + " is no longer in the session; re-run the check");
            changes.add(new FeatureChange(f, f.withGeometry(g)));
        });
        return new ChangeSet(description, changes);
    }
}
