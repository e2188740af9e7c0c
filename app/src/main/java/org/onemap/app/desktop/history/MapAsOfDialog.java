package org.onemap.app.desktop.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.onemap.app.desktop.Messages;

/** The 地图时间回溯 dialog: date, time of day and layers; 显示该时刻 turns the map back and closes it. */
public final class MapAsOfDialog {
    private final Stage stage = new Stage();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final Button show;

    public MapAsOfDialog(MapAsOfViewModel vm, Messages m, Window owner) {
        stage.setTitle(m.get("asof.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        date.setId("asOfDate");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)); // 2026-11-20, as the banner
        date.valueProperty().bindBidirectional(vm.dateProperty());
        time.setId("asOfTime");
        time.setPrefColumnCount(6);
        time.textProperty().bindBidirectional(vm.timeProperty());
        ListView<MapAsOfViewModel.LayerChoice> layers = new ListView<>(vm.layers());
        layers.setId("asOfLayers");
        layers.setPrefHeight(220);
        layers.setCellFactory(CheckBoxListCell.forListView(MapAsOfViewModel.LayerChoice::chosen));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("asof.date")), date);
        form.addRow(1, new Label(m.get("asof.time")), time);
        Label error = new Label();
        error.setId("asOfError");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);

        show = new Button(m.get("asof.show"));
        show.setId("asOfShow");
        show.setDefaultButton(true);
        show.setOnAction(e -> {
            if (vm.apply()) stage.hide();
        });
        Button cancel = new Button(m.get("asof.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, show, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, form, new Label(m.get("asof.layers")), layers, error, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(380);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(HistoryActions.STYLESHEET);
        stage.setScene(scene);
    }

    public void show() { stage.show(); }

    public Stage stage() { return stage; }

    public Button showButton() { return show; }
}
