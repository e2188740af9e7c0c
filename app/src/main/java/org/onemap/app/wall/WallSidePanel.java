package org.onemap.app.wall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.theme.ThemePanel;

/** The wall's side: live counts, the live feeds' status, and the theme's indicators and charts. */
final class WallSidePanel {
    private final WallText text;
    private final DateTimeFormatter timeFormat;
    private final LabelRows live = new LabelRows(new VBox(6), "wall-live-row");
    private final VBox panel;

    WallSidePanel(MainViewModel viewModel, WallText text, Node feedStatus, double width, DateTimeFormatter timeFormat) {
        this.text = text;
        this.timeFormat = timeFormat;
        Label liveHeader = new Label(text.get("wall.live"));
        liveHeader.getStyleClass().add("wall-section");
        live.node().setId("wallLive");
        ThemePanel indicators = new ThemePanel(viewModel.theme(), viewModel.messages());
        indicators.setId("wallIndicators");
        Node clear = indicators.lookup("#themePanelClear");
        if (clear != null) {
            clear.setVisible(false);
            clear.setManaged(false);
        }
        VBox.setVgrow(indicators, Priority.ALWAYS);
        panel = new VBox(liveHeader, live.node(), feedStatus, indicators);
        panel.getStyleClass().add("wall-side");
        panel.setId("wallSide");
        setWidth(width);
        clipToBounds(panel);
    }

    VBox node() { return panel; }

    private static void clipToBounds(VBox box) {
        // the panel may be shorter than its content on a small wall: cut it at its edge, never push the
        // ticker off the screen (the panel's minimum height would otherwise set the wall's)
        box.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
    }

    void setWidth(double width) {
        panel.setPrefWidth(width);
        panel.setMinWidth(width);
    }

    /** Shows the counts; sensors that went silent are named with the time they were last heard. */
    void show(LiveCounts c) {
        List<LabelRows.Row> rows = new ArrayList<>(List.of(new LabelRows.Row(text.format("wall.live.sensors", c.sensors(), c.drySoil())),
                new LabelRows.Row(text.format("wall.live.machinery", c.machinery())),
                new LabelRows.Row(text.format("wall.live.incidents", c.openIncidents()))));
        if (c.staleSince() != null) {
            rows.add(new LabelRows.Row(text.format("wall.live.stale", c.staleSensors(),
                    timeFormat.format(c.staleSince().atZone(ZoneId.systemDefault()))), "wallStale", true));
        }
        live.show(rows);
    }
}
