package org.onemap.app.desktop.live;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.live.FeedStatus;
import org.onemap.app.live.FeedStatusText;
import org.onemap.app.live.LiveFeeds;
import org.onemap.app.live.LiveSettings;
import org.onemap.core.spi.DataSource;

/**
 * Live layers in the desktop (实时图层): the wall's machinery and sensor feeds ({@link LiveFeeds}) on the
 * desktop map, one per layer, connected only while its switch in the layer panel is on, so a desktop
 * that never shows them runs no feed. Markers grey and the status line says "数据中断自 HH:mm" when a
 * source goes quiet, as on the wall. Settings as the wall's ({@link LiveSettings}: broker or replay).
 */
public final class LiveLayers {
    private final DataSource workspace;
    private final LiveSettings settings;
    private final Clock clock;
    private final LiveLayersModel model;
    private final FeedStatusText statusText;
    private final Map<String, LiveFeeds> running = new HashMap<>();
    private final Timeline statusTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> refreshStatus()));
    private MapPane map;
    private LivePanel panel;

    public LiveLayers(DataSource workspace, Messages messages, LiveSettings settings, Clock clock) {
        this.workspace = workspace;
        this.settings = settings;
        this.clock = clock;
        this.model = new LiveLayersModel(messages);
        this.statusText = new FeedStatusText(messages::format, "live.feed.");
        statusTimer.setCycleCount(Animation.INDEFINITE);
    }

    /** Puts the 实时图层 group at the bottom of {@code layerColumn} and the markers of layers switched on over {@code map}. */
    public void attach(MapPane map, VBox layerColumn) {
        this.map = map;
        panel = new LivePanel(model, settings.staleAfter().toMinutes());
        layerColumn.getChildren().add(panel);
        for (LiveLayerItem item : model.items()) {
            item.visibleProperty().addListener((o, was, now) -> show(item, now));
        }
    }

    public LiveLayersModel model() { return model; }

    /** The 实时图层 group in the layer panel. */
    public Node panel() { return panel; }

    /** The running feeds of layer {@code name}; null while it is switched off. */
    public LiveFeeds feeds(String name) { return running.get(name); }

    /** Disconnects every feed; call when the window closes. */
    public void dispose() {
        statusTimer.stop();
        running.values().forEach(LiveFeeds::dispose);
        running.clear();
    }

    private void show(LiveLayerItem item, boolean on) {
        LiveFeeds feeds = running.remove(item.name());
        if (feeds != null) {
            feeds.dispose();
            map.mapView().removeLayer(feeds.markerLayer());
        }
        if (on) {
            feeds = new LiveFeeds(workspace, settings, clock, List.of(item.name()));
            feeds.markerLayer().setId("liveMarkers-" + item.name());
            map.addSymbolOverlay(feeds.markerLayer());
            running.put(item.name(), feeds);
            feeds.start();
        }
        refreshStatus();
        if (running.isEmpty()) statusTimer.stop();
        else statusTimer.play();
    }

    private void refreshStatus() {
        for (LiveLayerItem item : model.items()) {
            LiveFeeds feeds = running.get(item.name());
            if (feeds == null) {
                item.showStatus("", false);
                continue;
            }
            FeedStatus s = feeds.supervisors().get(0).status();
            item.showStatus(statusText.line(s, feeds.source(0)), FeedStatusText.isStale(s));
            feeds.markerLayer().refresh(); // re-grey markers that went silent
        }
    }
}
