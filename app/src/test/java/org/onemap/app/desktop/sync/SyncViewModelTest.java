package org.onemap.app.desktop.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.connect.ConnectionStore;
import org.onemap.app.desktop.connect.SavedConnection;
import org.onemap.app.desktop.connect.SecretVault;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** The sync panel's view-model without JavaFX or a server: connection choice, locked passwords and failures explained. */
class SyncViewModelTest {
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);

    @TempDir
    Path tmp;

    @Test
    void offersOnlyPostgisConnectionsAndAsksForTheMasterPasswordOfAStoredOne() {
        ConnectionStore store = new ConnectionStore(tmp);
        store.save(new SavedConnection("乡镇库", "postgis", Map.of("database", "town"), List.of("password")));
        store.save(new SavedConnection("农机", "mqtt", Map.of("topic", "x/#"), List.of()));
        SyncViewModel vm = new SyncViewModel(null, store, new SecretVault(tmp, Optional.empty()), ZH, Runnable::run, Runnable::run);
        assertEquals(List.of("乡镇库"), vm.connections().stream().map(SavedConnection::name).toList(), "a workspace syncs with PostGIS only");
        assertEquals("乡镇库", vm.connectionProperty().get().name(), "the first one is chosen");
        assertTrue(vm.needsMasterPassword(), "its password is in the locked encrypted store");
    }

    @Test
    void withoutAConnectionSyncSaysWhatToDo() {
        SyncViewModel vm = new SyncViewModel(null, new ConnectionStore(tmp), new SecretVault(tmp, Optional.empty()), ZH, Runnable::run, Runnable::run);
        vm.sync();
        assertEquals("请先选择或新建一个 PostGIS 连接（管理连接…）", vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void anUnreachableServerFailsWithTheReasonAndChangesNothing() {
        ConnectionStore store = new ConnectionStore(tmp);
        store.save(new SavedConnection("nowhere", "postgis", Map.of("host", "127.0.0.1", "port", "1", "database", "x"), List.of()));
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "planner")) {
            SyncViewModel vm = new SyncViewModel(ws, store, new SecretVault(tmp, Optional.empty()), ZH, Runnable::run, Runnable::run);
            vm.sync();
            assertTrue(vm.errorProperty().get().startsWith("同步失败：") && vm.errorProperty().get().contains("127.0.0.1:1"),
                    "the error names the server: " + vm.errorProperty().get());
            assertFalse(vm.runningProperty().get());
            assertEquals(0, vm.progressProperty().get());
            assertTrue(vm.conflicts().isEmpty());
        }
    }
}
