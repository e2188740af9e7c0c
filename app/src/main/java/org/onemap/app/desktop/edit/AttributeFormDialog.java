package org.onemap.app.desktop.edit;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.FieldType;

/**
 * The attribute form of a feature, generated from an {@link AttributeFormModel}: a typed control per
 * field (text, number, date picker, check box, pick list for domains), ControlsFX validation marks on
 * invalid fields with the bundle's message as tooltip and under the form, OK disabled until valid.
 * Non-modal (shown, not waited for), so the map stays usable and tests can drive it.
 */
public final class AttributeFormDialog extends Dialog<ButtonType> {
    private final Label error = new Label();

    public AttributeFormDialog(EditViewModel.FormRequest request, Messages m, Window owner) {
        AttributeFormModel form = request.form();
        setTitle(form.title());
        setHeaderText(form.title());
        if (owner != null) initOwner(owner);
        getDialogPane().setId("attributeForm");
        ButtonType ok = new ButtonType(m.get("edit.form.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("edit.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        int row = 0;
        for (FormField f : form.fields()) {
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.setMinWidth(Label.USE_PREF_SIZE); // long Chinese labels must not be cut to "…"
            Control input = control(f);
            input.setId("field-" + f.name());
            grid.addRow(row++, label, input);
            validation.registerValidator(input, false, (Control c, Object v) ->
                    ValidationResult.fromMessageIf(c, f.getError(), Severity.ERROR, !f.isValid()));
            // re-run ControlsFX when the model's verdict changes (e.g. a check box or a picked date)
            f.errorProperty().addListener((o, was, now) -> validation.revalidate(input));
        }
        error.setId("formError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setPrefWidth(340);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setText(form.firstError());
        form.validProperty().addListener((o, was, now) -> error.setText(form.firstError()));
        form.fields().forEach(f -> f.errorProperty().addListener((o, was, now) -> error.setText(form.firstError())));
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(6, 4, 0, 4));
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(AttributeFormDialog.class.getResource("/org/onemap/app/desktop/onemap.css").toExternalForm());

        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("formOk");
        okButton.disableProperty().bind(form.validProperty().not());
        ((Button) getDialogPane().lookupButton(cancel)).setId("formCancel");
        setResultConverter(b -> b);
        setOnHidden(e -> {
            if (getResult() == ok && form.isValid()) request.accept().accept(form.attributes());
            else request.cancel().run();
        });
    }

    /** The message shown under the form (the first invalid field's). */
    public String errorText() { return error.getText(); }

    private static Control control(FormField f) {
        if (!f.domain().isEmpty()) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().add("");
            combo.getItems().addAll(f.domain());
            combo.setValue(f.getText());
            combo.valueProperty().addListener((o, was, now) -> f.setText(now));
            combo.setPrefWidth(260);
            return combo;
        }
        if (f.type() == FieldType.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(f.getText()));
            box.selectedProperty().addListener((o, was, now) -> f.setText(Boolean.toString(now)));
            return box;
        }
        if (f.type() == FieldType.DATE) {
            DatePicker picker = new DatePicker();
            try {
                if (!f.getText().isBlank()) picker.setValue(LocalDate.parse(f.getText()));
            } catch (RuntimeException ignored) {
                // an unreadable stored date is shown empty and flagged by the model
            }
            picker.valueProperty().addListener((o, was, now) -> f.setText(now == null ? "" : now.toString()));
            return picker;
        }
        TextField text = new TextField();
        text.setPrefColumnCount(22);
        text.textProperty().bindBidirectional(f.textProperty());
        return text;
    }
}
