package org.onemap.app.desktop.connect;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.onemap.app.desktop.Messages;
import org.onemap.core.spi.DataSourceException;

/**
 * Asks for the master password of the encrypted secret store, once per session: twice when it creates
 * the store, and again (with the reason shown) after a wrong one, until it opens or the user cancels.
 */
public final class MasterPasswordPrompt {
    private MasterPasswordPrompt() {}

    /** True when {@code vault} is open afterwards (at once when it needs no master password). */
    public static boolean unlock(SecretVault vault, Messages m, Window owner) {
        if (!vault.needsMasterPassword()) return true;
        boolean creating = vault.isNew();
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("connect.master.title"));
        if (owner != null) d.initOwner(owner);
        PasswordField first = new PasswordField();
        first.setId("masterPassword");
        PasswordField second = new PasswordField();
        second.setId("masterPasswordConfirm");
        Label error = new Label();
        error.setId("masterPasswordError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(m.get("connect.master.password")), first);
        if (creating) g.addRow(1, new Label(m.get("connect.master.confirm")), second);
        Label prompt = new Label(m.get(creating ? "connect.master.new" : "connect.master.prompt"));
        prompt.setWrapText(true);
        prompt.setMaxWidth(380);
        d.getDialogPane().setContent(new VBox(10, prompt, g, error));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = null;
            if (first.getText().isEmpty()) problem = m.get("connect.master.empty");
            else if (creating && !first.getText().equals(second.getText())) problem = m.get("connect.master.mismatch");
            else {
                try {
                    vault.unlock(first.getText().toCharArray());
                } catch (DataSourceException ex) {
                    problem = m.format("connect.master.wrong", ex.getMessage());
                }
            }
            if (problem != null) {
                error.setText(problem);
                first.clear();
                second.clear();
                e.consume(); // stay open: try again or cancel
            }
        });
        d.setOnShown(e -> first.requestFocus());
        d.showAndWait();
        return !vault.needsMasterPassword();
    }
}
