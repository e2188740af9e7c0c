package org.onemap.app.desktop.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status line at the bottom of the window, bound to a {@link StatusModel}. */
public final class StatusBar extends HBox {
    public StatusBar(StatusModel model) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Label message = label("statusMessage", 0);
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lonLat = label("statusLonLat", 260);
        lonLat.textProperty().bind(model.lonLatProperty());
        Label gk = label("statusGaussKruger", 380);
        gk.textProperty().bind(model.gaussKrugerProperty());
        Label scale = label("statusScale", 140);
        scale.textProperty().bind(model.scaleProperty());
        getChildren().addAll(message, spacer, lonLat, bar(), gk, bar(), scale);
    }

    private static Label label(String id, double minWidth) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(minWidth);
        l.getStyleClass().add("status-text");
        return l;
    }

    private static Separator bar() {
        return new Separator(Orientation.VERTICAL);
    }
}
