package org.onemap.app.desktop.connect;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.params.ParameterForm;
import org.onemap.core.spi.DataSourceProvider;

/**
 * The connection dialog (数据→连接数据源…): saved connections on the left; on the right the provider
 * chooser, the name and the form generated from the provider's parameters (passwords masked), with
 * 测试连接 / 保存 / 关闭 below. Saving a password asks for the master password first when the session
 * has no OS keyring and the encrypted store is still locked.
 */
public final class ConnectionDialog {
    static final String STYLESHEET = "/org/onemap/app/desktop/sync/sync.css";

    private final ConnectionDialogViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final StackPane formHolder = new StackPane();
    private Runnable onSaved = () -> { };

    public ConnectionDialog(ConnectionDialogViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        this.m = m;
        stage.setTitle(m.get("connect.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        BorderPane root = new BorderPane();
        root.setId("connectionDialog");
        root.setPadding(new Insets(12));
        root.setLeft(savedList());
        root.setCenter(form());
        root.setBottom(buttons());
        root.getStylesheets().add(ConnectionDialog.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(new Scene(root, 760, 520));
    }

    public Stage stage() { return stage; }

    /** The dialog's content, for tests and snapshots. */
    public BorderPane root() { return (BorderPane) stage.getScene().getRoot(); }

    /** Called after a connection was saved (the sync panel re-reads its list). */
    public void setOnSaved(Runnable r) { onSaved = r; }

    public void show() { stage.show(); }

    private VBox savedList() {
        ListView<SavedConnection> list = new ListView<>(vm.saved());
        list.setId("connectSavedList");
        list.setPrefWidth(180);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) vm.edit(now);
        });
        Button add = new Button(m.get("connect.new"));
        add.setId("connectNew");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.newConnection();
        });
        Button delete = new Button(m.get("connect.delete"));
        delete.setId("connectDelete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        Label title = new Label(m.get("connect.saved"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(6, title, list, new HBox(6, add, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private VBox form() {
        ComboBox<DataSourceProvider> provider = new ComboBox<>(vm.providers());
        provider.setId("connectProvider");
        provider.valueProperty().bindBidirectional(vm.providerProperty());
        provider.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataSourceProvider p) { return p == null ? "" : title(p); }

            @Override
            public DataSourceProvider fromString(String s) { return null; }
        });
        provider.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(DataSourceProvider p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "" : title(p));
            }
        });
        provider.setPrefWidth(260);
        TextField name = new TextField();
        name.setId("connectName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPrefWidth(260);
        GridPane head = new GridPane();
        head.setHgap(8);
        head.setVgap(6);
        head.addRow(0, label(m.get("connect.provider")), provider);
        head.addRow(1, label(m.get("connect.name") + " *"), name);

        rebuildForm();
        vm.fields().addListener((ListChangeListener<org.onemap.app.desktop.params.ParameterField>) c -> rebuildForm());

        Label validation = new Label();
        validation.setId("connectValidation");
        validation.getStyleClass().add("form-error");
        validation.textProperty().bind(vm.validationProperty());
        validation.setWrapText(true);
        Label status = new Label();
        status.setId("connectStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        // green after a successful test, red for a failure or a refused save
        Runnable colour = () -> status.getStyleClass().setAll("label", vm.statusIsErrorProperty().get() ? "form-error" : "form-ok");
        vm.statusIsErrorProperty().addListener((o, was, now) -> colour.run());
        colour.run();
        validation.managedProperty().bind(validation.textProperty().isNotEmpty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label secrets = new Label(m.format("connect.secretsAt", vm.vault().describe()));
        secrets.setId("connectSecretsAt");
        secrets.getStyleClass().add("form-note");
        secrets.setWrapText(true);
        VBox box = new VBox(10, head, new Separator(), formHolder, validation, status, secrets);
        box.setFillWidth(true);
        return box;
    }

    /** The provider's name in the UI language where the bundle has one, else its own display name. */
    private String title(DataSourceProvider p) {
        return m.getOr("connect.provider." + p.id(), p.displayName());
    }

    private void rebuildForm() {
        GridPane g = ParameterForm.grid(vm.fields(), "connectParam-", "");
        // labels in one column as wide as the header's, so the two grids line up
        g.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(96));
        formHolder.getChildren().setAll(g);
        StackPane.setAlignment(g, Pos.TOP_LEFT);
    }

    private Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(96);
        return l;
    }

    private HBox buttons() {
        Button test = new Button(m.get("connect.test"));
        test.setId("connectTest");
        test.disableProperty().bind(vm.testingProperty());
        test.setOnAction(e -> vm.testConnection());
        Button save = new Button(m.get("connect.save"));
        save.setId("connectSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(Bindings.isNotEmpty(vm.validationProperty()));
        save.setOnAction(e -> save());
        Button close = new Button(m.get("connect.close"));
        close.setId("connectClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, gap, test, save, close);
        box.setPadding(new Insets(12, 0, 0, 0));
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void save() {
        if (vm.needsMasterPassword() && !MasterPasswordPrompt.unlock(vm.vault(), m, stage)) return;
        if (vm.save() != null) onSaved.run();
    }
}
