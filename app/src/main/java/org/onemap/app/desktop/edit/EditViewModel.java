package org.onemap.app.desktop.edit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.EditException;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.TypedCoordinate;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.snap.SnapResult;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;

/**
 * View-model of the planner's edit mode on one polygon layer, the one object the views talk to. It wires
 * parts with one job each: {@link EditSessionControl} (session life, save/discard/undo, crash journal),
 * {@link ToolHost} (the active tool, its input and sketch), {@link SessionState} (flags, changes,
 * selection), {@link EditReview} (area and topology of edits), {@link EditSnapping} (view and snap
 * index) and {@link EditLayers} (what can be edited); here remain the selection actions and the requests
 * to the view (attribute form, zoom). Uses JavaFX properties only; tested without a toolkit.
 */
public final class EditViewModel {
    /** The layer edit mode opens on. */
    public static final String DEFAULT_LAYER = "parcel";

    /** Asks whether to replay the crash journal found for {@code layer}. */
    public interface RecoveryPrompt {
        boolean recover(String layer);
    }

    /** The attribute form to show; {@code accept} stores the values, {@code cancel} drops the edit it belongs to. */
    public record FormRequest(AttributeFormModel form, Consumer<Map<String, Object>> accept, Runnable cancel) {}

    private final EditLayers layers;
    private final Messages messages;
    private final Function<String, FeatureSource> sources;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty sourceLayer = new SimpleStringProperty(this, "sourceLayer", "village");
    private final ReadOnlyObjectWrapper<FormRequest> formRequest = new ReadOnlyObjectWrapper<>(this, "formRequest");
    private final ReadOnlyObjectWrapper<Envelope> zoomRequest = new ReadOnlyObjectWrapper<>(this, "zoomRequest");
    private final SessionState state = new SessionState();
    private final EditSnapping snapping;
    private final EditReview review;
    private final ToolHost tools;
    private final EditSessionControl control;

    /**
     * @param journalHome folder of the crash journals (null: {@code ~/.onemap/journal})
     * @param user recorded as the editor of saved features and in the audit log
     */
    public EditViewModel(DataSource workspace, Messages messages, Function<String, FeatureSource> sources,
                         Executor background, Executor ui, Path journalHome, String user) {
        this.layers = new EditLayers(workspace);
        this.messages = messages;
        this.sources = sources;
        this.snapping = new EditSnapping(sources, background, ui);
        this.review = new EditReview(messages);
        this.tools = new ToolHost(() -> new ToolContext(this), snapping, review.measure(), state.selectedGeometries());
        this.control = new EditSessionControl(workspace, messages, background, ui, journalHome, user,
                new EditSessionControl.Parts(tools, state, review, snapping), message::set,
                () -> review.opened(sources, new HashSet<>(layerNames())), this::sessionChanged);
        state.selection().addListener((ListChangeListener<String>) c -> {
            state.refreshSelection(this::feature);
            tools.refreshSketch();
        });
        snapping.settings().layers().addListener((ListChangeListener<String>) c -> rebuildSnapIndex());
    }

    // ---- state for the views

    public Messages messages() { return messages; }

    public StringProperty layerProperty() { return control.layerProperty(); }

    /** The layer the copy tool copies from. */
    public StringProperty sourceLayerProperty() { return sourceLayer; }

    public ObjectProperty<EditToolKind> toolKindProperty() { return tools.kindProperty(); }

    public ReadOnlyBooleanProperty editingProperty() { return control.editingProperty(); }

    public boolean isEditing() { return control.editingProperty().get(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return state.canUndoProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return state.canRedoProperty(); }

    /** Unsaved edits exist. */
    public ReadOnlyBooleanProperty dirtyProperty() { return state.dirtyProperty(); }

    public ReadOnlyObjectProperty<Geometry> sketchProperty() { return tools.sketchProperty(); }

    public ObservableList<Coordinate> sketchVertices() { return tools.sketchVertices(); }

    /** What the pointer snaps to now; null when nothing is within tolerance. */
    public ReadOnlyObjectProperty<SnapResult> snapCueProperty() { return tools.snapCueProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public EditMeasure measure() { return review.measure(); }

    public SnapSettings snapSettings() { return snapping.settings(); }

    /** Whether the snap index covers the current view and edits. */
    public ReadOnlyBooleanProperty snapReadyProperty() { return snapping.readyProperty(); }

    public ObservableList<String> selection() { return state.selection(); }

    public ObservableList<Geometry> selectedGeometries() { return state.selectedGeometries(); }

    /** New and changed features of the session (drawn over the stored layer's tiles). */
    public ObservableList<Geometry> changedGeometries() { return state.changedGeometries(); }

    /** Features the session deletes (the map masks them until saved). */
    public ObservableList<Geometry> removedGeometries() { return state.removedGeometries(); }

    public ObservableList<ViolationItem> violations() { return review.violations(); }

    public ReadOnlyObjectProperty<FormRequest> formRequestProperty() { return formRequest.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Envelope> zoomRequestProperty() { return zoomRequest.getReadOnlyProperty(); }

    /** Bumped after every save: the stored layer changed, so its tiles must be redrawn. */
    public ReadOnlyIntegerProperty storeRevisionProperty() { return control.storeRevisionProperty(); }

    /** Editing cannot start while {@code condition} holds (the map shows the past, issue 7 history). */
    public void setReadOnlyWhen(BooleanSupplier condition) { control.setReadOnlyWhen(condition); }

    public void setRecoveryPrompt(RecoveryPrompt prompt) { control.setRecoveryPrompt(prompt); }

    /** Polygon layers that can be edited. */
    public List<String> editableLayers() { return layers.polygonal(); }

    /** Polygon layers to copy from. */
    public List<String> sourceLayers() { return layers.polygonal(); }

    /** All layers (snap targets to offer). */
    public List<String> layerNames() { return layers.names(); }

    /** The current feature {@code id} of the session, or null. */
    public Feature feature(String id) {
        EditingSession es = control.session();
        return es == null ? null : es.session().feature(id);
    }

    /** Every feature of the session now. */
    public List<Feature> features() {
        EditingSession es = control.session();
        return es == null ? List.of() : List.copyOf(es.session().features());
    }

    // ---- session lifecycle

    /** Starts editing {@link #layerProperty()}: loads it off the UI thread, offers to recover a crash journal. */
    public void start() { control.start(); }

    /** For tests: layers with more features than this are loaded a region at a time ({@link EditSessionControl}). */
    void setLoadAllMax(long max) { control.setLoadAllMax(max); }

    /** True while the session holds only the regions of a big layer looked at so far. */
    public boolean regionLoaded() { return control.regionLoaded(); }

    /** Stops editing; unsaved edits stay in the journal and are offered again at the next start. */
    public void stop() { control.stop(); }

    /**
     * Saves the session after checking the topology of everything it changed: errors (invalid geometry,
     * overlaps) block the save and are listed; warnings are listed and the save goes ahead.
     */
    public boolean save() { return control.save(); }

    /** Drops every unsaved edit of the session. */
    public void discard() { control.discard(); }

    public void undo() { control.undo(); }

    public void redo() { control.redo(); }

    // ---- selection actions

    /** Merges the selected parcels (sharing an edge or overlapping) into one; the first one's attributes stay. */
    public void mergeSelection() {
        if (control.session() == null || state.selection().size() < 2) {
            message.set(messages.get("edit.msg.mergeNeedsTwo"));
            return;
        }
        List<Feature> parts = state.selection().stream().map(this::feature).filter(f -> f != null).toList();
        try {
            Geometry merged = ParcelEdits.merge(parts.stream().map(Feature::geometry).toList());
            ChangeSet edit = ChangeSet.replace("merge", parts, List.of(merged));
            context().apply(edit);
            state.selection().setAll(edit.changes().get(edit.changes().size() - 1).after().id());
        } catch (EditException e) {
            message.set(e.getMessage());
        }
    }

    /** Adds a typed point (lon/lat or Gauss-Kruger x/y) to the sketch, as if clicked there. */
    public boolean typeCoordinate(String text) {
        try {
            Envelope view = snapping.view();
            double refLon = view == null ? 112.9 : view.centre().x;
            Coordinate c = TypedCoordinate.parse(text, refLon);
            boolean used = tools.typed(c);
            if (!used) message.set(messages.get("edit.msg.typedNeedsSketch"));
            return used;
        } catch (EditException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Opens the attribute form of an existing feature. */
    public void editAttributes(String id) { context().editAttributes(id); }

    public void zoomTo(ViolationItem v) {
        if (v != null && v.violation().location() != null) zoomRequest.set(new Envelope(v.violation().location().getEnvelopeInternal()));
    }

    /** Applies a violation's suggested fix as one undoable edit. */
    public void applyFix(ViolationItem v) {
        EditingSession es = control.session();
        if (es == null || v == null || !v.violation().hasFix()) return;
        try {
            context().apply(v.violation().fix().asEdit(es.session()));
        } catch (RuntimeException e) {
            message.set(e.getMessage());
        }
    }

    // ---- map input (already in lon/lat)

    /**
     * The map shows {@code lonLat} at {@code unitsPerPixel} degrees per pixel: rebuild the snap targets. The
     * snap tolerance comes with each pointer event, so the scale here is not kept.
     */
    public void viewChanged(Envelope lonLat, double unitsPerPixel) {
        snapping.viewChanged(lonLat);
        control.viewChanged(lonLat);
        rebuildSnapIndex();
    }

    public boolean wantsDrag() { return isEditing() && tools.wantsDrag(); }

    public boolean pointerMoved(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, MapEditTool::moved); }

    public boolean pressed(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, MapEditTool::pressed); }

    public boolean dragged(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, MapEditTool::dragged); }

    public boolean released(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, MapEditTool::released); }

    public boolean clicked(Coordinate raw, int count, double upp, boolean shift) {
        return feed(raw, upp, shift, (tool, in) -> tool.clicked(in, count));
    }

    public boolean key(EditKey key) { return isEditing() && tools.key(key); }

    private boolean feed(Coordinate raw, double upp, boolean shift, BiPredicate<MapEditTool, MapInput> handler) {
        return isEditing() && tools.feed(raw, upp, shift, handler);
    }

    // ---- for the tools (ToolContext)

    private EditContext context() {
        return new ToolContext(this);
    }

    EditingSession editingSession() { return control.session(); }

    Function<String, FeatureSource> sources() { return sources; }

    void setMessage(String text) { message.set(text); }

    void showForm(FormRequest request) { formRequest.set(request); }

    void formClosed() {
        formRequest.set(null);
        tools.setPendingShape(null);
    }

    void setPendingShape(Geometry g) { tools.setPendingShape(g); }

    /** Runs a tool's edit: area_mu kept in step, executed, journaled, topology-reviewed. */
    void execute(ChangeSet edit) {
        EditingSession es = control.session();
        if (es != null) review.execute(edit, es);
    }

    // ---- internals

    private void sessionChanged() {
        EditingSession es = control.session();
        if (es == null) return;
        state.update(es);
        tools.refreshSketch();
        rebuildSnapIndex();
    }

    private void rebuildSnapIndex() {
        if (isEditing()) snapping.rebuild(control.session(), control.layerProperty().get());
    }
}
