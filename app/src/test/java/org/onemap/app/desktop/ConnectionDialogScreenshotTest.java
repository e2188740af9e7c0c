package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.connect.ConnectionDialog;
import org.onemap.app.desktop.connect.ConnectionDialogViewModel;
import org.onemap.app.desktop.connect.ConnectionStore;
import org.onemap.app.desktop.connect.SecretVault;
import org.onemap.core.spi.DataSources;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connection dialog as users see it: the PostGIS form generated from the provider's metadata, the
 * password masked, a failed 测试连接 explained; written to {@code target/screenshots/connection-dialog.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogScreenshotTest {
    @TempDir
    Path config;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private ConnectionDialog dialog;

    @Start
    void start(Stage stage) {
        // the dialog opens its own stage
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        if (dialog != null) FxWait.onFx(dialog.stage()::close);
    }

    @Test
    void showsTheGeneratedPostgisFormWithAMaskedPasswordAndTheTestResult(FxRobot robot) throws Exception {
        ConnectionDialogViewModel vm = new ConnectionDialogViewModel(DataSources.providers(), new ConnectionStore(config),
                new SecretVault(config, Optional.empty()), Messages.forLocale(Messages.CHINESE), background, Platform::runLater);
        FxWait.onFx(() -> {
            dialog = new ConnectionDialog(vm, Messages.forLocale(Messages.CHINESE), null);
            dialog.show();
        });
        FxWait.onFx(() -> {
            vm.nameProperty().set("县局共享库");
            vm.field("database").setValue("xiangtan");
            vm.field("port").setValue("1"); // nothing listens there: the test fails with the reason
            vm.field("password").setValue("湘潭-s3cret");
        });
        PasswordField password = robot.lookup("#connectParam-password").queryAs(PasswordField.class);
        assertEquals("湘潭-s3cret", password.getText(), "the password box is bound to the field");
        assertTrue(robot.lookup("#connectParam-host").queryAs(TextField.class) != null);
        assertEquals("127.0.0.1", robot.lookup("#connectParam-host").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#connectSave").queryAs(Button.class).isDisabled(), "a valid form can be saved");

        FxWait.onFx(() -> robot.lookup("#connectTest").queryAs(Button.class).fire());
        FxWait.until("the connection test failed with a reason", () -> !vm.testingProperty().get() && vm.statusProperty().get().startsWith("连接失败"));

        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        AtomicReference<java.awt.image.BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(dialog.root().snapshot(null, null), null)));
        ImageIO.write(img.get(), "png", out.resolve("connection-dialog.png").toFile());

        FxWait.onFx(() -> vm.field("database").setValue(""));
        assertTrue(robot.lookup("#connectSave").queryAs(Button.class).isDisabled(), "saving is off while a required value is missing");
        assertEquals("请填写“数据库”", vm.validationProperty().get());
    }
}
