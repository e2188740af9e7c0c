package org.onemap.app.wall.dispatch;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.onemap.app.wall.WallText;
import org.onemap.core.spi.DataSource;

/**
 * Puts the dispatch panel on the wall: the side panel's indicators ({@code #wallIndicators}) move
 * into a tab, with dispatch in a tab beside them. One call from the wall, so the wall's own layout
 * code stays as it was. Incidents are re-read whenever the dispatch tab is opened; the selected
 * one is highlighted on the map.
 */
public final class WallDispatch {
    private static final GeometryFactory POINTS = new GeometryFactory();
    private static final String STYLESHEET = "/org/onemap/app/wall/dispatch/dispatch.css";

    private WallDispatch() {}

    /**
     * Mounts dispatch into {@code side}; the selected incident is added to {@code mapHighlight} (the
     * map's highlighted geometries, lon/lat) while selected. Returns the view-model (already loading).
     */
    public static DispatchViewModel mount(VBox side, ObservableList<Geometry> mapHighlight, DataSource ws, Clock clock, WallText text,
                                          Executor background, Supplier<String> operator) {
        DispatchViewModel vm = new DispatchViewModel(ws, clock, text, background, Platform::runLater);
        highlightSelection(vm, mapHighlight);
        DispatchPanel panel = new DispatchPanel(vm, text, operator);
        Node indicators = side.getChildren().stream().filter(n -> "wallIndicators".equals(n.getId())).findFirst().orElse(null);
        Tab indicatorTab = new Tab(text.get("wall.indicators"));
        indicatorTab.setId("wallIndicatorsTab");
        Tab dispatchTab = new Tab(text.get("dispatch.tab"), panel);
        dispatchTab.setId("wallDispatchTab");
        TabPane tabs = new TabPane();
        tabs.setId("wallSideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStylesheets().add(WallDispatch.class.getResource(STYLESHEET).toExternalForm());
        tabs.getStyleClass().add("wall-side-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        if (indicators != null) {
            int at = side.getChildren().indexOf(indicators);
            side.getChildren().remove(indicators);
            indicatorTab.setContent(indicators);
            tabs.getTabs().add(indicatorTab);
            side.getChildren().add(at, tabs);
        } else {
            side.getChildren().add(tabs);
        }
        tabs.getTabs().add(dispatchTab);
        dispatchTab.setOnSelectionChanged(e -> {
            if (dispatchTab.isSelected()) vm.refresh();
        });
        vm.refresh();
        return vm;
    }

    // only our own point is added and removed: the alerts' flashing geometries share the list
    private static void highlightSelection(DispatchViewModel vm, ObservableList<Geometry> highlight) {
        Point[] shown = new Point[1];
        vm.selectedProperty().addListener((o, was, now) -> {
            if (shown[0] != null) highlight.removeIf(g -> g == shown[0]);
            shown[0] = now == null ? null : POINTS.createPoint(new Coordinate(now.lon(), now.lat()));
            if (shown[0] != null) highlight.add(shown[0]);
        });
    }
}
