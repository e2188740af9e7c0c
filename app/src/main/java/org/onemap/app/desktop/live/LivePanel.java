package org.onemap.app.desktop.live;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The 实时图层 group under the layer tree: a group switch (on, off, or some on) and, while any is on,
 * one row per live layer with its switch, title and status line (red while stale, as on the wall).
 * Off, the group is one line, so the layer tree above keeps its height on a small window.
 */
final class LivePanel extends VBox {
    private final LiveLayersModel model;
    private final CheckBox group = new CheckBox();

    LivePanel(LiveLayersModel model, long staleMinutes) {
        this.model = model;
        setId("livePanel");
        getStyleClass().add("live-panel");
        setPadding(new Insets(0, 8, 4, 8));
        setSpacing(2);

        group.setText(model.messages().get("live.group"));
        group.setId("liveGroupVisible");
        group.getStyleClass().add("live-group");
        group.setTooltip(new Tooltip(model.messages().format("live.group.tip", staleMinutes)));
        group.setAllowIndeterminate(false);
        group.setOnAction(e -> model.setAllVisible(group.isSelected()));
        model.shownCount().addListener((o, was, now) -> showGroupState());
        getChildren().add(group);
        javafx.beans.binding.BooleanBinding anyOn = model.shownCount().greaterThan(0);
        for (LiveLayerItem item : model.items()) {
            VBox row = row(item);
            row.visibleProperty().bind(anyOn);
            row.managedProperty().bind(anyOn);
            getChildren().add(row);
        }
        showGroupState();
    }

    // on when any layer is on; a dash when only some are
    private void showGroupState() {
        int on = model.shownCount().get();
        group.setSelected(on > 0);
        group.setIndeterminate(on > 0 && on < model.items().size());
    }

    private static VBox row(LiveLayerItem item) {
        CheckBox check = new CheckBox(item.title());
        check.setId("liveVisible-" + item.name());
        check.selectedProperty().bindBidirectional(item.visibleProperty());
        Label status = new Label();
        status.setId("liveStatus-" + item.name());
        status.getStyleClass().add("live-status");
        status.textProperty().bind(item.statusProperty());
        status.visibleProperty().bind(item.visibleProperty());
        status.managedProperty().bind(item.visibleProperty());
        item.staleProperty().addListener((o, was, now) -> {
            status.getStyleClass().remove("stale");
            if (now) status.getStyleClass().add("stale");
        });
        status.setWrapText(true);
        HBox line = new HBox(6, check);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, line, status);
        box.setPadding(new Insets(0, 0, 0, 18)); // under the group, as a tree would indent them
        box.getStyleClass().add("live-row");
        return box;
    }
}
