package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;

/** What an editing tool may do: read the session's features and selection, and hand back edits. */
public interface EditContext {
    GeometryFactory geometryFactory();

    /** The topmost edited feature under {@code at} (within {@code tolerance} layer units of its boundary), or null. */
    Feature featureAt(Coordinate at, double tolerance);

    /** Current feature of the session, null if gone. */
    Feature feature(String id);

    /** Edited features whose envelope meets {@code g}'s. */
    List<Feature> featuresNear(Geometry g);

    /** Selected feature ids, in selection order. */
    List<String> selection();

    void select(List<String> ids);

    /** Runs an edit on the session (undoable, journaled, topology-checked). */
    void apply(ChangeSet edit);

    /** A new shape was drawn: the attribute form decides whether it becomes a feature. */
    void created(Geometry shape);

    /** Asks for the attribute form of an existing feature. */
    void editAttributes(String featureId);

    /** A feature of the source layer under {@code at} (copy tool), or null. */
    Feature sourceFeatureAt(Coordinate at, double tolerance);

    /** Tells the planner why an edit was refused (already translated or a core message). */
    void refuse(String message);
}
