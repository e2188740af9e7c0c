package org.onemap.app.desktop.sync;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.connect.ConnectionDialog;
import org.onemap.app.desktop.connect.ConnectionDialogViewModel;
import org.onemap.app.desktop.connect.ConnectionStore;
import org.onemap.app.desktop.connect.SecretVault;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.core.spi.DataSources;

/**
 * The 数据 menu and what it opens: the connection dialog and the sync panel, sharing the session's
 * connection store and secret vault (so the master password is asked once per run). After a sync or a
 * resolution the main window reloads its layers.
 */
public final class SyncPanels {
    private final MainViewModel main;
    private final MapPane map;
    private final Executor background;
    private final Executor ui;
    private final Supplier<Window> owner;
    private final ConnectionStore store;
    private SecretVault vault;
    private SyncViewModel syncModel;
    private SyncWindow syncWindow;
    private ConflictMapLayers mapLayers;

    public SyncPanels(MainViewModel main, MapPane map, ConnectionStore store, Executor background, Executor ui, Supplier<Window> owner) {
        this.main = main;
        this.map = map;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.owner = owner;
    }

    /** 数据: 连接数据源… and 同步…. */
    public Menu menu() {
        var m = main.messages();
        MenuItem connect = new MenuItem(m.get("menu.data.connect"));
        connect.setId("menuDataConnect");
        connect.setOnAction(e -> openConnections());
        MenuItem sync = new MenuItem(m.get("menu.data.sync"));
        sync.setId("menuDataSync");
        sync.setOnAction(e -> openSync());
        Menu menu = new Menu(m.get("menu.data"), null, connect, sync);
        menu.setId("menuData");
        return menu;
    }

    /** The session's secrets: the keyring is looked for once, on first use (it may start a process). */
    public SecretVault vault() {
        if (vault == null) vault = SecretVault.detect(store.folder());
        return vault;
    }

    /** Use {@code v} instead of detecting (tests give the encrypted store a known master password). */
    public void setVault(SecretVault v) { vault = v; }

    public ConnectionDialog openConnections() {
        ConnectionDialogViewModel vm = new ConnectionDialogViewModel(DataSources.providers(), store, vault(), main.messages(), background, ui);
        ConnectionDialog d = new ConnectionDialog(vm, main.messages(), owner.get());
        d.setOnSaved(() -> {
            if (syncModel != null) syncModel.reloadConnections();
        });
        d.show();
        return d;
    }

    public SyncWindow openSync() {
        if (syncWindow == null) {
            syncModel = new SyncViewModel(main.workspace(), store, vault(), main.messages(), background, ui);
            syncModel.setOnChanged(main::reloadLayers);
            mapLayers = new ConflictMapLayers(map, main.messages());
            syncWindow = new SyncWindow(syncModel, main.messages(), mapLayers, this::openConnections, owner.get());
        }
        syncWindow.show();
        return syncWindow;
    }

    /** The sync panel's view-model, null before it was first opened. */
    public SyncViewModel syncModel() { return syncModel; }

    /** The conflict overlays on the main map, null before the sync panel was first opened. */
    public ConflictMapLayers mapLayers() { return mapLayers; }
}
