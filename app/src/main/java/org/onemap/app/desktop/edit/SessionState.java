package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;

/**
 * What the panel and the map show of the open session: the undo/redo/dirty flags, the geometries it
 * changes and deletes, and the selection with its shapes. Part of {@link EditViewModel}.
 */
final class SessionState {
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<Geometry> selectedGeometries = FXCollections.observableArrayList();
    private final ObservableList<Geometry> changedGeometries = FXCollections.observableArrayList();
    private final ObservableList<Geometry> removedGeometries = FXCollections.observableArrayList();

    ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    ObservableList<String> selection() { return selection; }

    ObservableList<Geometry> selectedGeometries() { return selectedGeometries; }

    ObservableList<Geometry> changedGeometries() { return changedGeometries; }

    ObservableList<Geometry> removedGeometries() { return removedGeometries; }

    /** Follows {@code es} after an edit, undo, redo, discard or save; drops selected ids the session no longer has. */
    void update(EditingSession es) {
        canUndo.set(es.canUndo());
        canRedo.set(es.canRedo());
        List<Geometry> changed = new ArrayList<>();
        List<Geometry> removed = new ArrayList<>();
        for (FeatureChange c : es.session().pendingChanges()) {
            if (c.after() != null) changed.add(c.after().geometry());
            else removed.add(c.before().geometry());
        }
        changedGeometries.setAll(changed);
        removedGeometries.setAll(removed);
        dirty.set(!changed.isEmpty() || !removed.isEmpty());
        selection.removeIf(id -> es.session().feature(id) == null);
        refreshSelection(es.session()::feature);
    }

    /** No session any more. */
    void clear() {
        canUndo.set(false);
        canRedo.set(false);
        dirty.set(false);
        changedGeometries.clear();
        removedGeometries.clear();
        selectedGeometries.clear();
    }

    void refreshSelection(Function<String, Feature> features) {
        List<Geometry> g = new ArrayList<>();
        for (String id : selection) {
            Feature f = features.apply(id);
            if (f != null) g.add(f.geometry());
        }
        selectedGeometries.setAll(g);
    }
}
