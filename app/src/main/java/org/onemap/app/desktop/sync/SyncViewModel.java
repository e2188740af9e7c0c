package org.onemap.app.desktop.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.connect.ConnectionStore;
import org.onemap.app.desktop.connect.SavedConnection;
import org.onemap.app.desktop.connect.SecretVault;
import org.onemap.app.workspace.RemoteSync;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSources;
import org.onemap.datasources.sync.Conflict;
import org.onemap.datasources.sync.ConflictView;
import org.onemap.datasources.sync.Side;
import org.onemap.datasources.sync.SyncReport;
import org.onemap.datasources.sync.WorkspaceSync;

/**
 * View-model of the sync panel (数据→同步…): pick a saved connection, run a sync (pull then push) in the
 * background with progress and a report, list the open conflicts, open one in a {@link ConflictViewModel}
 * and apply its resolution through the engine. A conflict stays listed, and the local edit stays local,
 * until a resolution succeeds.
 */
public final class SyncViewModel {
    private final DataSource workspace;
    private final ConnectionStore connections;
    private final SecretVault vault;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<SavedConnection> saved = FXCollections.observableArrayList();
    private final ObjectProperty<SavedConnection> connection = new SimpleObjectProperty<>(this, "connection");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConflictViewModel> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private Runnable onChanged = () -> { };

    /**
     * @param workspace  the open workspace (an H2GIS workspace: only that syncs)
     * @param background runs syncs and resolutions; {@code ui} applies their results
     */
    public SyncViewModel(DataSource workspace, ConnectionStore connections, SecretVault vault, Messages messages,
                         Executor background, Executor ui) {
        this.workspace = workspace;
        this.connections = connections;
        this.vault = vault;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        reloadConnections();
    }

    /** Called on the UI executor after a sync or a resolution changed the workspace (the map reloads its layers). */
    public void setOnChanged(Runnable r) { onChanged = r == null ? () -> { } : r; }

    /** Re-reads the saved connections (after the connection dialog saved one), keeping the choice by name. */
    public void reloadConnections() {
        String was = connection.get() == null ? null : connection.get().name();
        saved.setAll(connections.list().stream().filter(c -> c.provider().equals("postgis")).toList());
        connection.set(saved.stream().filter(c -> c.name().equals(was)).findFirst().orElse(saved.isEmpty() ? null : saved.get(0)));
    }

    /** The saved PostGIS connections: the servers a workspace syncs with. */
    public ObservableList<SavedConnection> connections() { return saved; }

    public ObjectProperty<SavedConnection> connectionProperty() { return connection; }

    public void selectConnection(String name) {
        saved.stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(connection::set);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** 0 idle, -1 (indeterminate) while the engine runs, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What the last sync did: pushed/pulled counts, published/replicated layers, open conflicts. */
    public ReadOnlyStringProperty reportProperty() { return report.getReadOnlyProperty(); }

    /** What runs now (同步 / reading a conflict / applying a resolution); empty when idle. */
    public ReadOnlyStringProperty activityProperty() { return activity.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() { return lastReport.getReadOnlyProperty(); }

    /** Why the last action failed; empty after a success. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The open conflicts after the last sync or resolution. */
    public ObservableList<Conflict> conflicts() { return conflicts; }

    /** The conflict being resolved, null when none is open. */
    public ReadOnlyObjectProperty<ConflictViewModel> conflictProperty() { return conflict.getReadOnlyProperty(); }

    /** Whether the chosen connection's password must be unlocked with the master password first. */
    public boolean needsMasterPassword() {
        SavedConnection c = connection.get();
        return c != null && !c.secretKeys().isEmpty() && vault.needsMasterPassword();
    }

    public SecretVault vault() { return vault; }

    /** Runs one sync with the chosen connection in the background. */
    public void sync() {
        run(messages.get("sync.running"), engine -> {
            SyncReport r = engine.sync();
            return () -> {
                lastReport.set(r);
                report.set(messages.format("sync.report", r.pushed(), r.pulled(), r.conflicts().size())
                        + (r.published().isEmpty() ? "" : messages.format("sync.report.published", String.join(", ", r.published())))
                        + (r.replicated().isEmpty() ? "" : messages.format("sync.report.replicated", String.join(", ", r.replicated()))));
                showConflicts(r.conflicts());
            };
        });
    }

    /** Opens {@code c}: reads both sides (and the last synced state) in the background into {@link #conflictProperty()}. */
    public void open(Conflict c) {
        if (c == null) {
            conflict.set(null);
            return;
        }
        run(messages.get("sync.reading"), engine -> {
            ConflictView v = engine.view(c);
            Map<String, Object> base = engine.base(c);
            return () -> conflict.set(new ConflictViewModel(v, base, messages));
        });
    }

    /** Settles the open conflict wholesale: mine overwrites the server, theirs the workspace. */
    public void resolve(Side side) {
        ConflictViewModel c = conflict.get();
        if (c == null) return;
        apply(engine -> engine.resolve(c.conflict(), side));
    }

    /** Settles the open conflict with the per-attribute choices of its table, written to both sides. */
    public void merge() {
        ConflictViewModel c = conflict.get();
        if (c == null) return;
        Map<String, Side> choices = c.choices();
        apply(engine -> engine.merge(c.conflict(), choices));
    }

    private void apply(java.util.function.Consumer<WorkspaceSync> resolution) {
        run(messages.get("sync.resolving"), engine -> {
            resolution.accept(engine);
            List<Conflict> left = engine.conflicts();
            return () -> {
                report.set(messages.format("sync.resolved", left.size()));
                conflict.set(null);
                showConflicts(left);
            };
        });
    }

    private void showConflicts(List<Conflict> now) {
        conflicts.setAll(now);
        onChanged.run();
    }

    /** Runs {@code work} against the engine on the background executor; its returned update runs on the UI executor. */
    private void run(String what, Function<WorkspaceSync, Runnable> work) {
        SavedConnection c = connection.get();
        if (c == null) {
            error.set(messages.get("sync.error.noConnection"));
            return;
        }
        if (running.get()) return;
        running.set(true);
        progress.set(-1);
        error.set("");
        activity.set(what);
        background.execute(() -> {
            Runnable update;
            try {
                Map<String, Object> params = c.openParams(DataSources.provider(c.provider()), vault);
                try (RemoteSync remote = RemoteSync.connect(workspace, c.provider(), params)) {
                    update = work.apply(remote.engine());
                }
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                update = () -> error.set(messages.format("sync.error", why));
            }
            Runnable u = update;
            ui.execute(() -> {
                try {
                    u.run();
                } finally {
                    activity.set("");
                    running.set(false);
                    progress.set(error.get().isEmpty() ? 1 : 0);
                }
            });
        });
    }
}
