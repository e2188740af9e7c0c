package org.onemap.app.wall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.theme.ThemePanel;

/** The wall's side: live counts, the live feeds' status, and the theme's indicators and charts. */
final class WallSidePanel {
    private final WallText text;
    private final DateTimeFormatter timeFormat;
    private final VBox live = new VBox(6);
    private final VBox panel;

    WallSidePanel(MainViewModel viewModel, WallText text, Node feedStatus, double width, DateTimeFormatter timeFormat) {
        this.text = text;
        this.timeFormat = timeFormat;
        Label liveHeader = new Label(text.get("wall.live"));
        liveHeader.getStyleClass().add("wall-section");
        live.setId("wallLive");
        ThemePanel indicators = new ThemePanel(viewModel.theme(), viewModel.messages());
        indicators.setId("wallIndicators");
        Node clear = indicators.lookup("#themePanelClear");
        if (clear != null) {
            clear.setVisible(false);
            clear.setManaged(false);
        }
        VBox.setVgrow(indicators, Priority.ALWAYS);
        panel = new VBox(liveHeader, live, feedStatus, indicators);
        panel.getStyleClass().add("wall-side");
        panel.setId("wallSide");
        setWidth(width);
    }

    VBox node() { return panel; }

    void setWidth(double width) {
        panel.setPrefWidth(width);
        panel.setMinWidth(width);
    }

    /** Shows the counts; sensors that went silent are named with the time they were last heard. */
    void show(LiveCounts c) {
        live.getChildren().setAll(row(text.format("wall.live.sensors", c.sensors(), c.drySoil())),
                row(text.format("wall.live.machinery", c.machinery())),
                row(text.format("wall.live.incidents", c.openIncidents())));
        if (c.staleSince() != null) {
            Label stale = row(text.format("wall.live.stale", c.staleSensors(),
                    timeFormat.format(c.staleSince().atZone(ZoneId.systemDefault()))));
            stale.getStyleClass().add("stale");
            stale.setId("wallStale");
            live.getChildren().add(stale);
        }
    }

    private static Label row(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("wall-live-row");
        return l;
    }
}
