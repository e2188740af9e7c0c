package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.connect.MasterPasswordPrompt;
import org.onemap.app.desktop.connect.SecretVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The master-password prompt on a real encrypted store: a wrong password is explained and asked again; the right one unlocks. */
@ExtendWith(ApplicationExtension.class)
class MasterPasswordPromptTest {
    @TempDir
    Path config;

    @Start
    void start(Stage stage) {
        // the prompt is its own dialog
    }

    @Test
    void wrongMasterPasswordIsExplainedAndTheRightOneUnlocks(FxRobot robot) {
        SecretVault first = new SecretVault(config, Optional.empty());
        first.unlock("正确-master".toCharArray());
        first.store().put("onemap/connection/县局/password", "pw".toCharArray());

        SecretVault vault = new SecretVault(config, Optional.empty());
        AtomicReference<Boolean> unlocked = new AtomicReference<>();
        Platform.runLater(() -> unlocked.set(MasterPasswordPrompt.unlock(vault, Messages.forLocale(Messages.CHINESE), null)));
        FxWait.until("the prompt is shown", () -> robot.lookup("#masterPassword").tryQuery().isPresent());
        assertTrue(robot.lookup("#masterPasswordConfirm").tryQuery().isEmpty(), "an existing store is not asked twice");

        PasswordField field = robot.lookup("#masterPassword").queryAs(PasswordField.class);
        DialogPane pane = (DialogPane) field.getScene().getRoot();
        FxWait.onFx(() -> {
            field.setText("wrong");
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        Label error = robot.lookup("#masterPasswordError").queryAs(Label.class);
        assertTrue(error.getText().contains("wrong master password"), "the reason is shown: " + error.getText());
        assertTrue(vault.needsMasterPassword(), "still locked");
        assertEquals(null, unlocked.get(), "the prompt stays open for another try");

        FxWait.onFx(() -> {
            field.setText("正确-master");
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        FxWait.until("the prompt closed", () -> unlocked.get() != null);
        assertTrue(unlocked.get());
        assertFalse(vault.needsMasterPassword());
        assertArrayEquals("pw".toCharArray(), vault.store().get("onemap/connection/县局/password").orElseThrow());
    }
}
