package org.onemap.app.desktop.edit;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.edit.snap.SnapResult;

/**
 * The active {@link MapEditTool}: switched with {@link #kindProperty()}, fed snapped pointer, key and
 * typed input, and the sketch, snap cue and live measurement it shows. Part of {@link EditViewModel}.
 */
final class ToolHost {
    private final Supplier<EditContext> contexts;
    private final EditSnapping snapping;
    private final EditMeasure measure;
    private final ObservableList<Geometry> selectedGeometries;
    private final ObjectProperty<EditToolKind> kind = new SimpleObjectProperty<>(this, "toolKind", EditToolKind.DRAW_POLYGON);
    private final ReadOnlyObjectWrapper<Geometry> sketch = new ReadOnlyObjectWrapper<>(this, "sketch");
    private final ObservableList<Coordinate> sketchVertices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SnapResult> snapCue = new ReadOnlyObjectWrapper<>(this, "snapCue");
    private MapEditTool tool;
    /** A drawn shape waiting for its attribute form: shown as the sketch until the form closes. */
    private Geometry pendingShape;

    ToolHost(Supplier<EditContext> contexts, EditSnapping snapping, EditMeasure measure, ObservableList<Geometry> selectedGeometries) {
        this.contexts = contexts;
        this.snapping = snapping;
        this.measure = measure;
        this.selectedGeometries = selectedGeometries;
        this.tool = EditTools.create(kind.get(), contexts.get());
        kind.addListener((o, was, now) -> {
            tool.cancel();
            tool = EditTools.create(now == null ? EditToolKind.SELECT : now, contexts.get());
            refreshSketch();
        });
    }

    ObjectProperty<EditToolKind> kindProperty() { return kind; }

    ReadOnlyObjectProperty<Geometry> sketchProperty() { return sketch.getReadOnlyProperty(); }

    ObservableList<Coordinate> sketchVertices() { return sketchVertices; }

    ReadOnlyObjectProperty<SnapResult> snapCueProperty() { return snapCue.getReadOnlyProperty(); }

    void cancel() { tool.cancel(); }

    boolean wantsDrag() { return tool.wantsDrag(); }

    /** Hands pointer input to {@code handler} of the tool, snapped unless the tool picks features rather than points. */
    boolean feed(Coordinate raw, double upp, boolean shift, BiPredicate<MapEditTool, MapInput> handler) {
        SnapResult s = snapping.snap(raw, upp, snaps());
        snapCue.set(s);
        boolean used = handler.test(tool, new MapInput(s == null ? new Coordinate(raw) : new Coordinate(s.point()), raw, s, upp, shift));
        refreshSketch();
        return used;
    }

    boolean key(EditKey key) {
        boolean used = tool.key(key);
        if (used) snapCue.set(null);
        refreshSketch();
        return used;
    }

    /** A typed point, as if clicked there; false when the tool has no sketch to add it to. */
    boolean typed(Coordinate c) {
        boolean used = tool.typed(c);
        refreshSketch();
        return used;
    }

    void setPendingShape(Geometry g) {
        pendingShape = g;
        refreshSketch();
    }

    /** The sketch and measurement of the tool, else of the pending shape, else of the selection. */
    void refreshSketch() {
        Geometry s = tool.sketch();
        sketch.set(s != null ? s : pendingShape);
        List<Coordinate> v = tool.sketchVertices();
        if (!v.equals(sketchVertices)) sketchVertices.setAll(v);
        Coordinate[] ring = tool.measuredRing();
        if (ring.length > 0) measure.showDrawing(ring);
        else if (pendingShape != null) measure.show(List.of(pendingShape));
        else measure.show(List.copyOf(selectedGeometries));
    }

    private boolean snaps() {
        EditToolKind k = tool.kind();
        return k != EditToolKind.SELECT && k != EditToolKind.COPY_FROM_LAYER;
    }
}
