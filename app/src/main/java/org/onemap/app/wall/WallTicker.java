package org.onemap.app.wall;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** The wall's bottom line: open alerts, newest first, each with an acknowledge button, and the operator's name. */
final class WallTicker {
    private final AlertViewModel alerts;
    private final WallText text;
    private final HBox ticker = new HBox();
    private final HBox entries = new HBox(24);
    private final Label status = new Label();
    private final TextField operator = new TextField(System.getProperty("user.name", ""));

    WallTicker(AlertViewModel alerts, WallText text) {
        this.alerts = alerts;
        this.text = text;
        status.getStyleClass().add("wall-ticker-entry");
        status.setMinWidth(Region.USE_PREF_SIZE);
        entries.setMinWidth(0);
        // entries that do not fit are cut at the ticker's edge, not drawn over the operator field
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(entries.widthProperty());
        clip.heightProperty().bind(entries.heightProperty());
        entries.setClip(clip);
        entries.setId("tickerEntries");
        entries.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(entries, Priority.ALWAYS);
        Label who = new Label(text.get("wall.operator"));
        operator.setId("wallOperator");
        operator.setPrefColumnCount(6);
        operator.setMinWidth(Region.USE_PREF_SIZE);
        who.setMinWidth(Region.USE_PREF_SIZE);
        Button all = new Button(text.get("wall.ackAll"));
        all.setId("wallAckAll");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setOnAction(e -> alerts.acknowledgeAll(operatorName()));
        // faded out and disabled, never hidden: hiding it changed the ticker's visual bounds (the button's
        // shadow reaches below them) and with them the root's, and Prism repainted the whole 4K wall
        all.opacityProperty().bind(Bindings.when(alerts.alarmingProperty()).then(1.0).otherwise(0.0));
        all.disableProperty().bind(alerts.alarmingProperty().not());
        all.mouseTransparentProperty().bind(alerts.alarmingProperty().not());
        ticker.getChildren().setAll(status, entries, who, operator, all);
        ticker.setAlignment(Pos.CENTER_LEFT);
        ticker.getStyleClass().add("wall-ticker");
        ticker.setId("wallTicker");
        // nothing drawn below or beside the ticker (a button's shadow reached 3 px below it) makes its
        // bounds, and the root's, grow when an alert arrives: Prism then repaints the whole wall
        Rectangle bounds = new Rectangle();
        bounds.widthProperty().bind(ticker.widthProperty());
        bounds.heightProperty().bind(ticker.heightProperty());
        ticker.setClip(bounds);
    }

    HBox node() { return ticker; }

    /** Who acknowledges: the name typed in the ticker, else "operator". */
    String operatorName() {
        String n = operator.getText();
        return n == null || n.isBlank() ? "operator" : n.strip();
    }

    /** Shows the open alerts (or "none"), marking the ticker as alarming while any is open. */
    void show() {
        entries.getChildren().clear();
        boolean on = alerts.isAlarming();
        ticker.getStyleClass().remove("alarming");
        if (on) ticker.getStyleClass().add("alarming");
        status.setText(on ? text.format("wall.ticker.open", alerts.open().size()) : "");
        if (!on) {
            Label none = new Label(text.get("wall.ticker.none"));
            none.getStyleClass().addAll("wall-ticker-entry", "wall-ticker-none");
            entries.getChildren().add(none);
        }
        // newest first, two at a time: the ticker is one line, and a cut-off message helps nobody
        List<Alert> open = alerts.open();
        for (int i = open.size() - 1; i >= Math.max(0, open.size() - 2); i--) {
            entries.getChildren().add(entry(open.get(i)));
        }
    }

    private HBox entry(Alert a) {
        Label msg = new Label(a.message());
        msg.getStyleClass().add("wall-ticker-entry");
        msg.setMinWidth(Region.USE_PREF_SIZE);
        Button ack = new Button(text.get("wall.ack"));
        ack.setMinWidth(Region.USE_PREF_SIZE);
        ack.setOnAction(e -> alerts.acknowledge(a.id(), operatorName()));
        HBox entry = new HBox(8, msg, ack);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setUserData(a.id());
        entry.getStyleClass().add("wall-ticker-alert");
        return entry;
    }
}
