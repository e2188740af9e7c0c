package org.onemap.app.desktop.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.edit.session.SaveResult;
import org.onemap.core.edit.snap.SnapResult;
import org.onemap.core.edit.topology.TopologyViolation;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;

/**
 * View-model of the planner's edit mode on one polygon layer: the session (with crash journal and
 * undo past saves), the active {@link MapEditTool} fed with snapped pointer input, the sketch and snap
 * cue the map draws, the live measurement, the selection, topology violations of the last edit, and
 * requests to the view (attribute form, zoom). Uses JavaFX properties only; tested without a toolkit.
 */
public final class EditViewModel {
    private static final Logger LOG = Logger.getLogger(EditViewModel.class.getName());
    /** The layer edit mode opens on. */
    public static final String DEFAULT_LAYER = "parcel";

    /** Asks whether to replay the crash journal found for {@code layer}. */
    public interface RecoveryPrompt {
        boolean recover(String layer);
    }

    /** The attribute form to show; {@code accept} stores the values, {@code cancel} drops the edit it belongs to. */
    public record FormRequest(AttributeFormModel form, java.util.function.Consumer<Map<String, Object>> accept, Runnable cancel) {}

    private final DataSource workspace;
    private final Messages messages;
    private final Function<String, FeatureSource> sources;
    private final Executor background;
    private final Executor ui;
    private final JournalFiles journals;
    private final String user;
    private final EditMeasure measure;
    private final SnapSettings snapSettings = new SnapSettings();
    private final SnapTargets snapTargets;
    private final SavedHistory savedHistory = new SavedHistory();
    private final StringProperty layer = new SimpleStringProperty(this, "layer", DEFAULT_LAYER);
    private final StringProperty sourceLayer = new SimpleStringProperty(this, "sourceLayer", "village");
    private final ObjectProperty<EditToolKind> toolKind = new SimpleObjectProperty<>(this, "toolKind", EditToolKind.DRAW_POLYGON);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Geometry> sketch = new ReadOnlyObjectWrapper<>(this, "sketch");
    private final ObservableList<Coordinate> sketchVertices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SnapResult> snapCue = new ReadOnlyObjectWrapper<>(this, "snapCue");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<Geometry> selectedGeometries = FXCollections.observableArrayList();
    private final ObservableList<Geometry> changedGeometries = FXCollections.observableArrayList();
    private final ObservableList<Geometry> removedGeometries = FXCollections.observableArrayList();
    private final ObservableList<ViolationItem> violations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FormRequest> formRequest = new ReadOnlyObjectWrapper<>(this, "formRequest");
    private final ReadOnlyObjectWrapper<Envelope> zoomRequest = new ReadOnlyObjectWrapper<>(this, "zoomRequest");
    private final ReadOnlyIntegerWrapper storeRevision = new ReadOnlyIntegerWrapper(this, "storeRevision");
    private final ViolationTexts violationTexts;
    private RecoveryPrompt recoveryPrompt = l -> true;
    private List<LayerInfo> catalog;
    private EditingSession editingSession;
    private TopologyReview topology;
    private MapEditTool tool;
    private Geometry pendingShape;
    private Envelope view;
    private double unitsPerPixel = 1e-5;

    /**
     * @param journalHome folder of the crash journals (null: {@code ~/.onemap/journal})
     * @param user recorded as the editor of saved features and in the audit log
     */
    public EditViewModel(DataSource workspace, Messages messages, Function<String, FeatureSource> sources,
                         Executor background, Executor ui, Path journalHome, String user) {
        this.workspace = workspace;
        this.messages = messages;
        this.sources = sources;
        this.background = background;
        this.ui = ui;
        this.journals = new JournalFiles(journalHome == null ? JournalFiles.defaultHome() : journalHome);
        this.user = user;
        this.measure = new EditMeasure(messages);
        this.violationTexts = new ViolationTexts(messages);
        this.snapTargets = new SnapTargets(sources, background, ui);
        this.tool = EditTools.create(toolKind.get(), context());
        toolKind.addListener((o, was, now) -> {
            tool.cancel();
            tool = EditTools.create(now == null ? EditToolKind.SELECT : now, context());
            refreshSketch();
        });
        selection.addListener((ListChangeListener<String>) c -> {
            refreshSelection();
            refreshSketch();
        });
        snapSettings.layers().addListener((ListChangeListener<String>) c -> rebuildSnapIndex());
    }

    // ---- state for the views

    public Messages messages() { return messages; }

    public StringProperty layerProperty() { return layer; }

    /** The layer the copy tool copies from. */
    public StringProperty sourceLayerProperty() { return sourceLayer; }

    public ObjectProperty<EditToolKind> toolKindProperty() { return toolKind; }

    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }

    public boolean isEditing() { return editing.get(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    /** Unsaved edits exist. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Geometry> sketchProperty() { return sketch.getReadOnlyProperty(); }

    public ObservableList<Coordinate> sketchVertices() { return sketchVertices; }

    /** What the pointer snaps to now; null when nothing is within tolerance. */
    public ReadOnlyObjectProperty<SnapResult> snapCueProperty() { return snapCue.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public EditMeasure measure() { return measure; }

    public SnapSettings snapSettings() { return snapSettings; }

    /** Whether the snap index covers the current view and edits. */
    public ReadOnlyBooleanProperty snapReadyProperty() { return snapTargets.readyProperty(); }

    public ObservableList<String> selection() { return selection; }

    public ObservableList<Geometry> selectedGeometries() { return selectedGeometries; }

    /** New and changed features of the session (drawn over the stored layer's tiles). */
    public ObservableList<Geometry> changedGeometries() { return changedGeometries; }

    /** Features the session deletes (the map masks them until saved). */
    public ObservableList<Geometry> removedGeometries() { return removedGeometries; }

    public ObservableList<ViolationItem> violations() { return violations; }

    public ReadOnlyObjectProperty<FormRequest> formRequestProperty() { return formRequest.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Envelope> zoomRequestProperty() { return zoomRequest.getReadOnlyProperty(); }

    /** Bumped after every save: the stored layer changed, so its tiles must be redrawn. */
    public ReadOnlyIntegerProperty storeRevisionProperty() { return storeRevision.getReadOnlyProperty(); }

    /** Editing cannot start while {@code condition} holds (the map shows the past, issue 7 history). */
    public void setReadOnlyWhen(java.util.function.BooleanSupplier condition) { this.readOnlyWhen = condition; }

    private java.util.function.BooleanSupplier readOnlyWhen = () -> false;

    public void setRecoveryPrompt(RecoveryPrompt prompt) { this.recoveryPrompt = prompt == null ? l -> true : prompt; }

    /** Polygon layers that can be edited. */
    public List<String> editableLayers() {
        List<String> out = new ArrayList<>();
        for (LayerInfo i : catalog()) if (i.geometryType().isPolygonal()) out.add(i.name());
        return out;
    }

    // the catalog counts every layer: read it once, not per panel control
    private List<LayerInfo> catalog() {
        if (catalog == null) catalog = workspace.layers();
        return catalog;
    }

    /** Polygon layers to copy from. */
    public List<String> sourceLayers() { return editableLayers(); }

    /** All layers (snap targets to offer). */
    public List<String> layerNames() { return catalog().stream().map(LayerInfo::name).toList(); }

    /** The current feature {@code id} of the session, or null. */
    public Feature feature(String id) { return editingSession == null ? null : editingSession.session().feature(id); }

    /** Every feature of the session now. */
    public List<Feature> features() { return editingSession == null ? List.of() : List.copyOf(editingSession.session().features()); }

    // ---- session lifecycle

    /** Starts editing {@link #layerProperty()}: loads it off the UI thread, offers to recover a crash journal. */
    public void start() {
        if (editing.get()) return;
        if (readOnlyWhen.getAsBoolean()) {
            message.set(messages.get("edit.msg.pastShown"));
            return;
        }
        String name = layer.get();
        Optional<FeatureStore> store = workspace.writableLayer(name);
        if (store.isEmpty()) {
            message.set(messages.format("edit.msg.readOnly", name));
            return;
        }
        message.set(messages.get("edit.msg.loading"));
        Path journal = journals.file(workspace, name);
        background.execute(() -> {
            List<Feature> loaded = store.get().list(Query.ALL);
            ui.execute(() -> open(name, store.get(), journal, loaded, true));
        });
    }

    private void open(String name, FeatureStore store, Path journal, List<Feature> loaded, boolean offerRecovery) {
        boolean recover = offerRecovery && EditingSession.hasJournal(journal) && recoveryPrompt.recover(name);
        EditingSession es = new EditingSession(store, journal, savedHistory, this::sessionChanged);
        try {
            es.open(loaded, recover);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot open the edit journal " + journal, e);
            message.set(messages.format("edit.msg.journalError", e.getMessage()));
            return;
        }
        editingSession = es;
        topology = new TopologyReview(sources, new HashSet<>(layerNames()));
        if (!snapSettings.layers().contains(name)) snapSettings.layers().add(0, name);
        editing.set(true);
        message.set(messages.format(recover ? "edit.msg.recovered" : "edit.msg.started", name, loaded.size()));
        sessionChanged();
    }

    /** Stops editing; unsaved edits stay in the journal and are offered again at the next start. */
    public void stop() {
        if (editingSession == null) return;
        tool.cancel();
        editingSession.close();
        editingSession = null;
        savedHistory.clear();
        editing.set(false);
        selection.clear();
        violations.clear();
        snapTargets.clear();
        refreshAll();
        message.set(messages.get("edit.msg.stopped"));
    }

    /**
     * Saves the session after checking the topology of everything it changed: errors (invalid geometry,
     * overlaps) block the save and are listed; warnings are listed and the save goes ahead.
     */
    public boolean save() {
        if (editingSession == null) return false;
        List<Feature> touched = new ArrayList<>();
        for (FeatureChange c : editingSession.session().pendingChanges()) if (c.after() != null) touched.add(c.after());
        List<ViolationItem> found = review(touched);
        violations.setAll(found);
        if (found.stream().anyMatch(ViolationItem::error)) {
            message.set(messages.format("edit.msg.saveBlocked", found.stream().filter(ViolationItem::error).count()));
            return false;
        }
        SaveResult r = editingSession.save(user);
        if (!r.saved()) {
            message.set(messages.format("edit.msg.conflicts", String.join("; ", r.conflicts())));
            return false;
        }
        String name = layer.get();
        FeatureStore store = editingSession.store();
        Path journal = journals.file(workspace, name);
        editingSession.close();
        List<Feature> reloaded = store.list(Query.ALL);
        EditingSession es = new EditingSession(store, journal, savedHistory, this::sessionChanged);
        try {
            es.open(reloaded, false);
        } catch (IOException e) {
            message.set(messages.format("edit.msg.journalError", e.getMessage()));
            editingSession = null;
            editing.set(false);
            return true;
        }
        editingSession = es;
        // the saved features now have store ids: keep the selection on them
        List<String> sel = selection.stream().map(id -> r.insertedIds().getOrDefault(id, id)).toList();
        selection.setAll(sel);
        sessionChanged();
        storeRevision.set(storeRevision.get() + 1);
        String warn = found.isEmpty() ? "" : messages.format("edit.msg.warnings", found.size());
        message.set(messages.format("edit.msg.saved", r.insertedIds().size(), r.updated(), r.deleted()) + warn);
        return true;
    }

    /** Drops every unsaved edit of the session. */
    public void discard() {
        if (editingSession == null) return;
        tool.cancel();
        editingSession.discard();
        selection.clear();
        violations.clear();
        message.set(messages.get("edit.msg.discarded"));
    }

    public void undo() {
        if (editingSession == null || !editingSession.canUndo()) return;
        tool.cancel();
        editingSession.undo();
        message.set(messages.get("edit.msg.undone"));
    }

    public void redo() {
        if (editingSession == null || !editingSession.canRedo()) return;
        tool.cancel();
        editingSession.redo();
        message.set(messages.get("edit.msg.redone"));
    }

    // ---- selection actions

    /** Merges the selected parcels (sharing an edge or overlapping) into one; the first one's attributes stay. */
    public void mergeSelection() {
        if (editingSession == null || selection.size() < 2) {
            message.set(messages.get("edit.msg.mergeNeedsTwo"));
            return;
        }
        List<Feature> parts = selection.stream().map(this::feature).filter(f -> f != null).toList();
        try {
            Geometry merged = ParcelEdits.merge(parts.stream().map(Feature::geometry).toList());
            ChangeSet edit = ChangeSet.replace("merge", parts, List.of(merged));
            context().apply(edit);
            selection.setAll(edit.changes().get(edit.changes().size() - 1).after().id());
        } catch (EditException e) {
            message.set(e.getMessage());
        }
    }

    /** Adds a typed point (lon/lat or Gauss-Kruger x/y) to the sketch, as if clicked there. */
    public boolean typeCoordinate(String text) {
        try {
            double refLon = view == null ? 112.9 : view.centre().x;
            Coordinate c = TypedCoordinate.parse(text, refLon);
            boolean used = tool.typed(c);
            if (!used) message.set(messages.get("edit.msg.typedNeedsSketch"));
            refreshSketch();
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
        if (editingSession == null || v == null || !v.violation().hasFix()) return;
        try {
            context().apply(v.violation().fix().asEdit(editingSession.session()));
        } catch (RuntimeException e) {
            message.set(e.getMessage());
        }
    }

    // ---- map input (already in lon/lat)

    /** The map shows {@code lonLat} at {@code unitsPerPixel} degrees per pixel: rebuild the snap targets. */
    public void viewChanged(Envelope lonLat, double unitsPerPixel) {
        this.view = lonLat == null ? null : new Envelope(lonLat);
        this.unitsPerPixel = unitsPerPixel;
        rebuildSnapIndex();
    }

    public boolean wantsDrag() { return editing.get() && tool.wantsDrag(); }

    public boolean pointerMoved(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, tool::moved); }

    public boolean pressed(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, tool::pressed); }

    public boolean dragged(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, tool::dragged); }

    public boolean released(Coordinate raw, double upp, boolean shift) { return feed(raw, upp, shift, tool::released); }

    public boolean clicked(Coordinate raw, int count, double upp, boolean shift) {
        return feed(raw, upp, shift, in -> tool.clicked(in, count));
    }

    public boolean key(EditKey key) {
        if (!editing.get()) return false;
        boolean used = tool.key(key);
        if (used) snapCue.set(null);
        refreshSketch();
        return used;
    }

    private boolean feed(Coordinate raw, double upp, boolean shift, java.util.function.Predicate<MapInput> handler) {
        if (!editing.get()) return false;
        unitsPerPixel = upp;
        SnapResult s = snaps() ? snapTargets.snap(raw, snapSettings, upp).orElse(null) : null;
        snapCue.set(s);
        boolean used = handler.test(new MapInput(s == null ? new Coordinate(raw) : new Coordinate(s.point()), raw, s, upp, shift));
        refreshSketch();
        return used;
    }

    private boolean snaps() {
        EditToolKind k = tool.kind();
        return k != EditToolKind.SELECT && k != EditToolKind.COPY_FROM_LAYER;
    }

    // ---- internals

    private EditContext context() {
        return new ToolContext(this);
    }

    EditingSession editingSession() { return editingSession; }

    Function<String, FeatureSource> sources() { return sources; }

    Envelope view() { return view; }

    void setMessage(String text) { message.set(text); }

    void showForm(FormRequest request) { formRequest.set(request); }

    void formClosed() {
        formRequest.set(null);
        pendingShape = null;
        refreshSketch();
    }

    void setPendingShape(Geometry g) {
        pendingShape = g;
        refreshSketch();
    }

    /** Runs a tool's edit: area_mu kept in step, executed, journaled, topology-reviewed. */
    void execute(ChangeSet edit) {
        if (editingSession == null) return;
        ChangeSet withArea = measure.withAreaMu(edit, editingSession.session().features().isEmpty() ? null
                : editingSession.store().schema());
        editingSession.execute(withArea);
        List<Feature> touched = new ArrayList<>();
        for (FeatureChange c : withArea.changes()) {
            if (c.after() != null && editingSession.session().feature(c.after().id()) != null) touched.add(c.after());
        }
        violations.setAll(review(touched));
    }

    private List<ViolationItem> review(List<Feature> touched) {
        if (topology == null || editingSession == null) return List.of();
        List<ViolationItem> out = new ArrayList<>();
        for (TopologyViolation v : topology.review(touched, editingSession.session().features())) out.add(violationTexts.item(v));
        return out;
    }

    private void sessionChanged() {
        if (editingSession == null) return;
        canUndo.set(editingSession.canUndo());
        canRedo.set(editingSession.canRedo());
        List<Geometry> changed = new ArrayList<>();
        List<Geometry> removed = new ArrayList<>();
        for (FeatureChange c : editingSession.session().pendingChanges()) {
            if (c.after() != null) changed.add(c.after().geometry());
            else removed.add(c.before().geometry());
        }
        changedGeometries.setAll(changed);
        removedGeometries.setAll(removed);
        dirty.set(!changed.isEmpty() || !removed.isEmpty());
        selection.removeIf(id -> editingSession.session().feature(id) == null);
        refreshSelection();
        refreshSketch();
        rebuildSnapIndex();
    }

    private void refreshAll() {
        canUndo.set(false);
        canRedo.set(false);
        dirty.set(false);
        changedGeometries.clear();
        removedGeometries.clear();
        selectedGeometries.clear();
        refreshSketch();
    }

    private void refreshSelection() {
        List<Geometry> g = new ArrayList<>();
        for (String id : selection) {
            Feature f = feature(id);
            if (f != null) g.add(f.geometry());
        }
        selectedGeometries.setAll(g);
    }

    private void refreshSketch() {
        Geometry s = tool.sketch();
        sketch.set(s != null ? s : pendingShape);
        List<Coordinate> v = tool.sketchVertices();
        if (!v.equals(sketchVertices)) sketchVertices.setAll(v);
        Coordinate[] ring = tool.measuredRing();
        if (ring.length > 0) measure.showDrawing(ring);
        else if (pendingShape != null) measure.show(List.of(pendingShape));
        else measure.show(List.copyOf(selectedGeometries));
    }

    private void rebuildSnapIndex() {
        if (!editing.get() || editingSession == null || view == null) return;
        snapTargets.rebuild(view, layer.get(), List.copyOf(editingSession.session().features()), List.copyOf(snapSettings.layers()));
    }

    Set<String> selectionSet() { return new HashSet<>(selection); }

    double unitsPerPixel() { return unitsPerPixel; }
}
