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
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;

/**
 * The life of an edit session: start (load off the UI thread, offer the crash journal), save (after the
 * topology review, then reopen on the stored features), discard, undo/redo across saves, stop. Part of
 * {@link EditViewModel}, which it tells of every change through {@code changed}.
 */
final class EditSessionControl {
    private static final Logger LOG = Logger.getLogger(EditSessionControl.class.getName());

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
        background.execute(() -> {
            List<Feature> loaded = store.get().list(Query.ALL);
            ui.execute(() -> open(name, store.get(), journal, loaded));
        });
    }

    private void open(String name, FeatureStore store, Path journal, List<Feature> loaded) {
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
        opened.run();
        if (!parts.snapping().settings().layers().contains(name)) parts.snapping().settings().layers().add(0, name);
        editing.set(true);
        message.accept(messages.format(recover ? "edit.msg.recovered" : "edit.msg.started", name, loaded.size()));
        changed.run();
    }

    void stop() {
        if (session == null) return;
        parts.tools().cancel();
        session.close();
        session = null;
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
        List<Feature> reloaded = store.list(Query.ALL);
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
