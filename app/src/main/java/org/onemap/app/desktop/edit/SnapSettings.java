package org.onemap.app.desktop.edit;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.core.edit.snap.SnapKind;

/** What the pointer snaps to while editing: on/off, the tolerance in pixels, the kinds and the layers. */
public final class SnapSettings {
    public static final double DEFAULT_TOLERANCE_PX = 10;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final DoubleProperty tolerancePx = new SimpleDoubleProperty(this, "tolerancePx", DEFAULT_TOLERANCE_PX);
    private final BooleanProperty vertices = new SimpleBooleanProperty(this, "vertices", true);
    private final BooleanProperty edges = new SimpleBooleanProperty(this, "edges", true);
    private final BooleanProperty intersections = new SimpleBooleanProperty(this, "intersections", true);
    private final ObservableList<String> layers = FXCollections.observableArrayList();

    public BooleanProperty enabledProperty() { return enabled; }

    public DoubleProperty tolerancePxProperty() { return tolerancePx; }

    public BooleanProperty verticesProperty() { return vertices; }

    public BooleanProperty edgesProperty() { return edges; }

    public BooleanProperty intersectionsProperty() { return intersections; }

    /** Layers whose visible features are snap targets (the edited layer is always one). */
    public ObservableList<String> layers() { return layers; }

    public Set<SnapKind> kinds() {
        Set<SnapKind> k = EnumSet.noneOf(SnapKind.class);
        if (vertices.get()) k.add(SnapKind.VERTEX);
        if (edges.get()) k.add(SnapKind.EDGE);
        if (intersections.get()) k.add(SnapKind.INTERSECTION);
        return k;
    }
}
