package org.onemap.app.desktop.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.session.SaveResult;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;

/**
 * The life of an edit session: start (load off the UI thread, offer the crash journal), save (after the
 * topology review, then reopen on the stored features), discard, undo/redo across saves, stop. Part of
 * {@link EditViewModel}, which it tells of every change through {@code changed}.
 *
 * <p>A layer of up to {@value #LOAD_ALL_MAX} features is loaded whole. A bigger one (a county's 1M
 * parcels took 10 s and 1.2 GB of heap to load whole) is loaded a region at a time: the view and one view's
 * width and height around it at the start, and each view the planner pans or zooms to that is not yet
 * covered, read off the UI thread and added to the session without touching what it already holds.
 */
final class EditSessionControl {
    private static final Logger LOG = Logger.getLogger(EditSessionControl.class.getName());
    /** Layers up to this many features are loaded whole when editing starts. */
    static final long LOAD_ALL_MAX = 50_000;

    /** The collaborators a session start or end resets. */
    record Parts(ToolHost tools, SessionState state, EditReview review, EditSnapping snapping) {}

    private final DataSource workspace;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final JournalFiles journals;
    private final String user;
    private final Parts parts;
    private final Consumer<String> message;
    private final Runnable opened;
    private final Runnable changed;
    private final SavedHistory savedHistory = new SavedHistory();
    private final StringProperty layer = new SimpleStringProperty(this, "layer", EditViewModel.DEFAULT_LAYER);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyIntegerWrapper storeRevision = new ReadOnlyIntegerWrapper(this, "storeRevision");
    private EditViewModel.RecoveryPrompt recoveryPrompt = l -> true;
    private BooleanSupplier readOnlyWhen = () -> false;
    private EditingSession session;
    private long loadAllMax = LOAD_ALL_MAX;
    /** The regions loaded into a region-loaded session; empty when the whole layer is loaded. */
    private final List<Envelope> regions = new java.util.ArrayList<>();
    private boolean readingRegion;

    /**
     * @param opened what to run when a session opened (before {@code changed}): the view-model resets the topology review
     * @param changed run after every change of the session
     */
    EditSessionControl(DataSource workspace, Messages messages, Executor background, Executor ui, Path journalHome, String user,
                       Parts parts, Consumer<String> message, Runnable opened, Runnable changed) {
        this.workspace = workspace;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.journals = new JournalFiles(journalHome == null ? JournalFiles.defaultHome() : journalHome);
        this.user = user;
        this.parts = parts;
        this.message = message;
        this.opened = opened;
        this.changed = changed;
    }

    StringProperty layerProperty() { return layer; }

    ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }

    ReadOnlyIntegerProperty storeRevisionProperty() { return storeRevision.getReadOnlyProperty(); }

    /** The open session, or null. */
    EditingSession session() { return session; }

    void setReadOnlyWhen(BooleanSupplier condition) { this.readOnlyWhen = condition; }

    /** For tests: layers with more features than this are loaded a region at a time. */
    void setLoadAllMax(long max) { this.loadAllMax = max; }

    /** True while the open session holds only the regions of a big layer the planner has looked at. */
    boolean regionLoaded() { return session != null && !regions.isEmpty(); }

    void setRecoveryPrompt(EditViewModel.RecoveryPrompt prompt) { this.recoveryPrompt = prompt == null ? l -> true : prompt; }

    void start() {
        if (editing.get()) return;
        if (readOnlyWhen.getAsBoolean()) {
            message.accept(messages.get("edit.msg.pastShown"));
            return;
        }
        String name = layer.get();
        Optional<FeatureStore> store = workspace.writableLayer(name);
        if (store.isEmpty()) {
            message.accept(messages.format("edit.msg.readOnly", name));
            return;
        }
        message.accept(messages.get("edit.msg.loading"));
        Path journal = journals.file(workspace, name);
        Envelope view = parts.snapping().view();
        FeatureStore s = store.get();
        background.execute(() -> {
            try {
                long total = s.count(Query.ALL);
                Envelope region = view == null || total <= loadAllMax ? null : around(view);
                List<Feature> loaded = s.list(region == null ? Query.ALL : Query.bbox(region));
                ui.execute(() -> open(name, s, journal, loaded, region, total));
            } catch (RuntimeException e) { // the store went away (a closed workspace, a dropped server): say so
                LOG.log(Level.WARNING, "cannot load layer " + name + " for editing", e);
                ui.execute(() -> message.accept(messages.format("edit.msg.loadFailed", name, e.getMessage())));
            }
        });
    }

    // the view and one view's width and height on every side: panning within it reads nothing
    private static Envelope around(Envelope view) {
        Envelope e = new Envelope(view);
        e.expandBy(Math.max(view.getWidth(), 1e-6), Math.max(view.getHeight(), 1e-6));
        return e;
    }

    /** The map now shows {@code view}: a region-loaded session reads what it does not hold yet. */
    void viewChanged(Envelope view) {
        if (!regionLoaded() || view == null || readingRegion) return;
        for (Envelope r : regions) if (r.contains(view)) return;
        EditingSession es = session;
        Envelope region = around(view);
        readingRegion = true;
        background.execute(() -> {
            List<Feature> more;
            try {
                more = es.store().list(Query.bbox(region));
            } catch (RuntimeException e) { // the next view change tries again
                LOG.log(Level.WARNING, "cannot read more of layer " + layer.get() + " for editing", e);
                ui.execute(() -> {
                    readingRegion = false;
                    message.accept(messages.format("edit.msg.loadFailed", layer.get(), e.getMessage()));
                });
                return;
            }
            ui.execute(() -> {
                readingRegion = false;
                if (session != es) return; // stopped or saved meanwhile
                regions.add(region);
                if (es.load(more) > 0) changed.run();
                viewChanged(parts.snapping().view()); // the planner may have moved on while this was read
            });
        });
    }

    private void open(String name, FeatureStore store, Path journal, List<Feature> loaded) {
        open(name, store, journal, loaded, null, loaded.size());
    }

    private void open(String name, FeatureStore store, Path journal, List<Feature> loaded, Envelope region, long total) {
        boolean recover = EditingSession.hasJournal(journal) && recoveryPrompt.recover(name);
        EditingSession es = new EditingSession(store, journal, savedHistory, changed);
        try {
            es.open(loaded, recover);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot open the edit journal " + journal, e);
            message.accept(messages.format("edit.msg.journalError", e.getMessage()));
            return;
        }
        session = es;
        regions.clear();
        if (region != null) regions.add(region);
        opened.run();
        if (!parts.snapping().settings().layers().contains(name)) parts.snapping().settings().layers().add(0, name);
        editing.set(true);
        message.accept(region != null && !recover ? messages.format("edit.msg.startedRegion", name, loaded.size(), total)
                : messages.format(recover ? "edit.msg.recovered" : "edit.msg.started", name, loaded.size()));
        changed.run();
    }

    void stop() {
        if (session == null) return;
        parts.tools().cancel();
        session.close();
        session = null;
        regions.clear();
        savedHistory.clear();
        editing.set(false);
        parts.state().selection().clear();
        parts.review().clear();
        parts.snapping().clear();
        parts.state().clear();
        parts.tools().refreshSketch();
        message.accept(messages.get("edit.msg.stopped"));
    }

    boolean save() {
        if (session == null) return false;
        List<ViolationItem> found = parts.review().beforeSave(session);
        if (found.stream().anyMatch(ViolationItem::error)) {
            message.accept(messages.format("edit.msg.saveBlocked", found.stream().filter(ViolationItem::error).count()));
            return false;
        }
        SaveResult r = session.save(user);
        if (!r.saved()) {
            message.accept(messages.format("edit.msg.conflicts", String.join("; ", r.conflicts())));
            return false;
        }
        FeatureStore store = session.store();
        Path journal = journals.file(workspace, layer.get());
        session.close();
        List<Feature> reloaded = regions.isEmpty() ? store.list(Query.ALL) : readRegions(store);
        EditingSession es = new EditingSession(store, journal, savedHistory, changed);
        try {
            es.open(reloaded, false);
        } catch (IOException e) {
            message.accept(messages.format("edit.msg.journalError", e.getMessage()));
            session = null;
            editing.set(false);
            return true;
        }
        session = es;
        // the saved features now have store ids: keep the selection on them
        List<String> sel = parts.state().selection().stream().map(id -> r.insertedIds().getOrDefault(id, id)).toList();
        parts.state().selection().setAll(sel);
        changed.run();
        storeRevision.set(storeRevision.get() + 1);
        String warn = found.isEmpty() ? "" : messages.format("edit.msg.warnings", found.size());
        message.accept(messages.format("edit.msg.saved", r.insertedIds().size(), r.updated(), r.deleted()) + warn);
        return true;
    }

    // the regions a region-loaded session held, read again after a save (each feature once)
    private List<Feature> readRegions(FeatureStore store) {
        java.util.Map<String, Feature> byId = new java.util.LinkedHashMap<>();
        for (Envelope r : regions) store.read(Query.bbox(r), f -> byId.putIfAbsent(f.id(), f));
        return List.copyOf(byId.values());
    }

    void discard() {
        if (session == null) return;
        parts.tools().cancel();
        session.discard();
        parts.state().selection().clear();
        parts.review().clear();
        message.accept(messages.get("edit.msg.discarded"));
    }

    void undo() {
        if (session == null || !session.canUndo()) return;
        parts.tools().cancel();
        session.undo();
        message.accept(messages.get("edit.msg.undone"));
    }

    void redo() {
        if (session == null || !session.canRedo()) return;
        parts.tools().cancel();
        session.redo();
        message.accept(messages.get("edit.msg.redone"));
    }
}
