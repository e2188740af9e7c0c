package org.onemap.app.wall;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The PIN prompt over the wall, shown by the {@link KioskLock} after the exit chord. */
final class PinPrompt extends StackPane {
    PinPrompt(KioskLock lock, WallText text, Runnable onUnlocked) {
        Label prompt = new Label(text.get("lock.prompt"));
        prompt.getStyleClass().add("wall-section");
        PasswordField pin = new PasswordField();
        pin.setId("wallPin");
        Label error = new Label();
        error.setId("wallPinError");
        error.getStyleClass().add("wall-lock-error");
        error.textProperty().bind(lock.errorProperty());
        Button unlock = new Button(text.get("lock.unlock"));
        unlock.setId("wallUnlock");
        unlock.setDefaultButton(true);
        Button cancel = new Button(text.get("lock.cancel"));
        cancel.setId("wallLockCancel");
        unlock.setOnAction(e -> {
            boolean ok = lock.submit(pin.getText());
            pin.clear(); // the typed PIN never stays in the field
            if (ok) onUnlocked.run();
        });
        cancel.setOnAction(e -> {
            pin.clear();
            lock.cancel();
        });
        VBox box = new VBox(prompt, pin, error, new HBox(12, unlock, cancel));
        box.getStyleClass().add("wall-lock-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(box);
        setId("wallLock");
        getStyleClass().add("wall-lock-overlay");
        visibleProperty().bind(lock.promptingProperty());
        lock.promptingProperty().addListener((o, was, now) -> {
            if (now) Platform.runLater(pin::requestFocus);
        });
    }
}
