package org.onemap.app.desktop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.postgis.ThrowawayDatabase;
import org.onemap.app.desktop.Messages;
import org.onemap.core.spi.DataSources;

/** The dialog's 测试连接 against the real PostgreSQL of the test machine, in the background as the dialog runs it. */
class ConnectionDialogPostgisIT {
    @TempDir
    Path config;

    @Test
    void testConnectionReachesARealPostgisAndReportsItsLayers() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            ExecutorService background = Executors.newSingleThreadExecutor();
            try {
                ConnectionDialogViewModel vm = new ConnectionDialogViewModel(DataSources.providers(), new ConnectionStore(config),
                        new SecretVault(config, Optional.empty()), Messages.forLocale(Messages.CHINESE), background, Runnable::run);
                vm.nameProperty().set("测试库");
                vm.field("host").setValue(db.host());
                vm.field("port").setValue(Integer.toString(db.port()));
                vm.field("database").setValue(db.database());
                vm.testConnection();
                background.shutdown();
                assertTrue(background.awaitTermination(30, TimeUnit.SECONDS), "the test connection finished");
                assertEquals("连接成功：0 个图层", vm.statusProperty().get());
                assertTrue(vm.lastTestOkProperty().get());

                vm.field("database").setValue(db.database() + "_missing");
                ExecutorService again = Executors.newSingleThreadExecutor();
                ConnectionDialogViewModel wrong = new ConnectionDialogViewModel(DataSources.providers(), new ConnectionStore(config),
                        new SecretVault(config, Optional.empty()), Messages.forLocale(Messages.CHINESE), again, Runnable::run);
                wrong.nameProperty().set("错误库");
                wrong.field("database").setValue(db.database() + "_missing");
                wrong.field("host").setValue(db.host());
                wrong.field("port").setValue(Integer.toString(db.port()));
                wrong.testConnection();
                again.shutdown();
                assertTrue(again.awaitTermination(30, TimeUnit.SECONDS));
                assertTrue(wrong.statusProperty().get().startsWith("连接失败：") && wrong.statusProperty().get().contains("_missing"),
                        "a missing database is named in the error: " + wrong.statusProperty().get());
            } finally {
                background.shutdownNow();
            }
        }
    }
}
