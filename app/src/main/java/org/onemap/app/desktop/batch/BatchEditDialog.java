package org.onemap.app.desktop.batch;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.FieldDef;

/**
 * The 批量修改属性 dialog: field, a value editor fitting the field's type (a list of the layer's values
 * where it has few, a check box for yes/no, a date picker for dates, text otherwise), the preview, and
 * apply / undo buttons. Stays open after applying so the batch can be undone.
 */
public final class BatchEditDialog {
    private final BatchEditViewModel vm;
    private final Stage stage = new Stage();
    private final ComboBox<FieldDef> field = new ComboBox<>();
    private final StackPane editor = new StackPane();
    private final Button apply;
    private final Button undo;

    public BatchEditDialog(BatchEditViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        stage.setTitle(m.get("batch.title"));
        if (owner != null) stage.initOwner(owner);

        field.setId("batchField");
        field.setItems(vm.fields());
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldDef f) { return vm.label(f); }

            @Override
            public FieldDef fromString(String s) { return null; }
        });
        field.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FieldDef f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : vm.label(f) + "  (" + f.name() + ")");
            }
        });
        field.valueProperty().bindBidirectional(vm.fieldProperty());
        field.setMaxWidth(Double.MAX_VALUE);
        vm.fieldProperty().addListener((o, was, now) -> editor.getChildren().setAll(editorFor(now)));
        editor.getChildren().setAll(editorFor(vm.fieldProperty().get()));
        editor.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("batch.field")), field);
        form.addRow(1, new Label(m.get("batch.value")), editor);
        form.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(260));

        Label preview = new Label();
        preview.setId("batchPreview");
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        Label result = new Label();
        result.setId("batchResult");
        result.setWrapText(true);
        result.setStyle("-fx-font-weight: bold;");
        result.textProperty().bind(vm.resultProperty());

        apply = new Button(m.get("batch.apply"));
        apply.setId("batchApply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        undo = new Button(m.get("batch.undo"));
        undo.setId("batchUndo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button close = new Button(m.get("batch.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, apply, undo, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, form, preview, result, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(460);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(BatchEditDialog.class.getResource("/org/onemap/app/desktop/onemap.css").toExternalForm());
        stage.setScene(scene);
    }

    /** An editor writing the view-model's value text in the form the field's type parses. */
    private Node editorFor(FieldDef f) {
        if (f == null) {
            TextField t = new TextField();
            t.setDisable(true);
            return t;
        }
        switch (f.type()) {
            case BOOLEAN -> {
                CheckBox b = new CheckBox();
                b.setId("batchValueCheck");
                b.selectedProperty().addListener((o, was, now) -> vm.valueTextProperty().set(Boolean.toString(now)));
                vm.valueTextProperty().set("false");
                return b;
            }
            case DATE -> {
                DatePicker d = new DatePicker();
                d.setId("batchValueDate");
                d.valueProperty().addListener((o, was, now) -> vm.valueTextProperty().set(now == null ? "" : now.toString()));
                return d;
            }
            default -> {
                if (!vm.domain().isEmpty()) {
                    ComboBox<String> c = new ComboBox<>(vm.domain());
                    c.setId("batchValueChoice");
                    c.setEditable(true); // a value not yet in the layer can still be typed
                    c.getEditor().textProperty().bindBidirectional(vm.valueTextProperty());
                    c.valueProperty().addListener((o, was, now) -> vm.valueTextProperty().set(now == null ? "" : now));
                    c.setMaxWidth(Double.MAX_VALUE);
                    return c;
                }
                TextField t = new TextField();
                t.setId("batchValueText");
                t.textProperty().bindBidirectional(vm.valueTextProperty());
                if (f.type() == org.onemap.core.feature.FieldType.TIMESTAMP) t.setPromptText("yyyy-MM-dd HH:mm");
                return t;
            }
        }
    }

    public void show() { stage.show(); }

    public Stage stage() { return stage; }

    public ComboBox<FieldDef> fieldBox() { return field; }

    /** The value editor shown for the chosen field. */
    public Node valueEditor() { return editor.getChildren().isEmpty() ? null : editor.getChildren().get(0); }

    public Button applyButton() { return apply; }

    public Button undoButton() { return undo; }
}
