package org.onemap.app.desktop.sync;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.connect.MasterPasswordPrompt;
import org.onemap.app.desktop.connect.SavedConnection;
import org.onemap.datasources.sync.Conflict;

/**
 * The sync panel (数据→同步…), a window beside the main one so the map stays in view: connection chooser,
 * 同步 with progress and the report, the open conflicts on the left and the chosen conflict's
 * {@link ConflictPane} on the right; its geometry difference is drawn on the main map.
 */
public final class SyncWindow {
    private static final String STYLESHEET = "/org/onemap/app/desktop/sync/sync.css";

    private final SyncViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final ListView<Conflict> conflicts;

    public SyncWindow(SyncViewModel vm, Messages m, ConflictMapLayers mapLayers, Runnable manageConnections, Window owner) {
        this.vm = vm;
        this.m = m;
        stage.setTitle(m.get("sync.title"));
        if (owner != null) stage.initOwner(owner);

        ComboBox<SavedConnection> connection = new ComboBox<>(vm.connections());
        connection.setId("syncConnection");
        connection.valueProperty().bindBidirectional(vm.connectionProperty());
        connection.setPrefWidth(240);
        Button manage = new Button(m.get("sync.manage"));
        manage.setId("syncManage");
        manage.setOnAction(e -> manageConnections.run());
        Button run = new Button(m.get("sync.run"));
        run.setId("syncRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.runningProperty().or(vm.connectionProperty().isNull()));
        run.setOnAction(e -> {
            if (vm.needsMasterPassword() && !MasterPasswordPrompt.unlock(vm.vault(), m, stage)) return;
            vm.sync();
        });
        Label connectionLabel = new Label(m.get("sync.connection"));
        HBox top = new HBox(8, connectionLabel, connection, manage, run);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("syncProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(160);
        Label report = new Label();
        report.setId("syncReport");
        report.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then(vm.activityProperty()).otherwise(vm.reportProperty()));
        report.setWrapText(true);
        Label error = new Label();
        error.setId("syncError");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        HBox status = new HBox(10, progress, report);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(report, Priority.ALWAYS);

        conflicts = new ListView<>(vm.conflicts());
        conflicts.setId("syncConflicts");
        conflicts.setPlaceholder(new Label(m.get("sync.conflicts.none")));
        conflicts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.layer() + " / " + c.remoteId());
            }
        });
        conflicts.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !vm.runningProperty().get()) vm.open(now);
        });
        Label conflictsTitle = new Label(m.get("sync.conflicts"));
        conflictsTitle.getStyleClass().add("section-title");
        VBox left = new VBox(6, conflictsTitle, conflicts);
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        left.setMinWidth(200);

        SplitPane split = new SplitPane(left, new ConflictPane(vm, m, mapLayers));
        split.setDividerPositions(0.26);
        VBox.setVgrow(split, Priority.ALWAYS);

        BorderPane root = new BorderPane(split);
        root.setId("syncWindow");
        root.setTop(new VBox(8, top, status, error));
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStylesheets().add(SyncWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(new Scene(root, 900, 560));
        stage.setOnHidden(e -> mapLayers.clear());
    }

    public Stage stage() { return stage; }

    public void show() {
        vm.reloadConnections();
        stage.show();
        stage.toFront();
    }

    /** The conflicts list (tests select in it as a user clicks). */
    public ListView<Conflict> conflictList() { return conflicts; }
}
