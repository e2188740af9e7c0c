package org.onemap.app.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.wall.live.Backoff;
import org.onemap.app.wall.live.FeedState;
import org.onemap.app.wall.live.FeedStatus;
import org.onemap.app.wall.live.FxStallMonitor;
import org.onemap.app.wall.live.LiveFeedSupervisor;
import org.onemap.app.wall.live.LiveMarkerLayer;
import org.onemap.app.wall.live.LiveMarkers;
import org.onemap.app.wall.live.LiveSettings;
import org.onemap.app.wall.live.MqttFeed;
import org.onemap.app.wall.live.PositionCoalescer;
import org.onemap.app.wall.live.ReplayFeed;
import org.onemap.app.wall.live.ReplayTracks;
import org.onemap.app.wall.live.SoakRecorder;
import org.onemap.core.spi.DataSource;

/**
 * The wall's live feeds: one supervised source per live layer (machinery, sensor) from the MQTT broker
 * when one is configured, else replayed from the workspace; their updates coalesced per frame onto a
 * marker layer of the map; a status row per source ("stale since HH:mm"); the FX stall monitor and,
 * when asked for, the soak recorder.
 */
public final class WallLive {
    static final List<String> LAYERS = List.of("machinery", "sensor");
    private final DataSource workspace;
    private final LiveSettings settings;
    private final WallText text;
    private final PositionCoalescer coalescer = new PositionCoalescer();
    private final LiveMarkers markers;
    private final LiveMarkerLayer layer;
    private final FxStallMonitor stallMonitor = new FxStallMonitor();
    private final List<LiveFeedSupervisor> supervisors = new ArrayList<>();
    private final List<Boolean> generated = new ArrayList<>();
    private final VBox status = new VBox(4);
    private final Timeline statusTimer;
    private final DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // only the latest position per device reaches the scene graph, once per frame
            if (markers.apply(coalescer.drain())) layer.refresh();
        }
    };
    private ScheduledExecutorService scheduler;
    private SoakRecorder soak;

    WallLive(DataSource workspace, LiveSettings settings, Clock clock, WallText text, MapPane map) {
        this.workspace = workspace;
        this.settings = settings;
        this.text = text;
        this.markers = new LiveMarkers(clock, settings.staleAfter());
        this.layer = new LiveMarkerLayer(markers);
        map.mapView().addLayer(layer);
        for (String name : LAYERS) {
            boolean broker = settings.usesBroker();
            ReplayHolder replay = new ReplayHolder(name, clock);
            supervisors.add(new LiveFeedSupervisor(name, broker ? new MqttFeed(settings.mqttUrl(), MqttFeed.mappingFor(name))
                    : sink -> replay.feed().connect(sink), Backoff.standard(), clock, settings.staleAfter(), coalescer::offer));
            generated.add(false);
        }
        status.setId("wallFeeds");
        statusTimer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> refreshStatus()));
        statusTimer.setCycleCount(Animation.INDEFINITE);
        refreshStatus();
    }

    /** Reads the replay tracks on first connect (on the supervisor's thread, not the FX thread). */
    private final class ReplayHolder {
        private final String layerName;
        private final Clock clock;
        private ReplayFeed feed;

        ReplayHolder(String layerName, Clock clock) {
            this.layerName = layerName;
            this.clock = clock;
        }

        synchronized ReplayFeed feed() {
            if (feed == null) {
                ReplayTracks t = ReplayTracks.of(workspace, layerName);
                feed = new ReplayFeed(t, settings.replayRate(), clock);
                int i = LAYERS.indexOf(layerName);
                synchronized (generated) {
                    generated.set(i, t.generated());
                }
            }
            return feed;
        }
    }

    /** Connects the sources and starts drawing, the stall monitor and (if -Donemap.soak.log) the soak recorder. */
    void start(LongSupplier carouselViews) {
        startDisplay();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onemap-wall-live");
            t.setDaemon(true);
            return t;
        });
        for (LiveFeedSupervisor s : supervisors) s.start(scheduler, Duration.ofSeconds(1));
        soak = SoakRecorder.fromSystemProperties(stallMonitor.stats(), carouselViews, coalescer::received, coalescer::applied);
    }

    /** Starts only the per-frame pump, the status rows and the stall monitor (tests feed the coalescer themselves). */
    void startDisplay() {
        pump.start();
        stallMonitor.start();
        statusTimer.play();
    }

    void dispose() {
        pump.stop();
        stallMonitor.stop();
        statusTimer.stop();
        supervisors.forEach(LiveFeedSupervisor::close);
        if (scheduler != null) scheduler.shutdownNow();
        if (soak != null) soak.close();
    }

    /** Status rows, one per source. */
    VBox statusPanel() { return status; }

    public PositionCoalescer coalescer() { return coalescer; }

    public LiveMarkers markers() { return markers; }

    public LiveMarkerLayer markerLayer() { return layer; }

    public FxStallMonitor stallMonitor() { return stallMonitor; }

    public List<LiveFeedSupervisor> supervisors() { return List.copyOf(supervisors); }

    private void refreshStatus() {
        List<Label> rows = new ArrayList<>();
        for (int i = 0; i < supervisors.size(); i++) {
            FeedStatus s = supervisors.get(i).status();
            boolean gen;
            synchronized (generated) {
                gen = generated.get(i);
            }
            String source = text.get("wall.feed." + s.name()) + " · "
                    + text.get(settings.usesBroker() ? "wall.feed.mqtt" : gen ? "wall.feed.generated" : "wall.feed.replay");
            String line = s.state() == FeedState.CONNECTED ? text.format("wall.feed.connected", source)
                    : s.staleSince() == null ? text.format("wall.feed.connecting", source)
                    : text.format(s.state() == FeedState.STALE ? "wall.feed.stale" : "wall.feed.reconnecting", source,
                            hhmm.format(s.staleSince().atZone(ZoneId.systemDefault())));
            Label l = new Label(line);
            l.getStyleClass().add("wall-live-row");
            if (s.state() != FeedState.CONNECTED) l.getStyleClass().add("stale");
            l.setId("wallFeed-" + s.name());
            rows.add(l);
        }
        status.getChildren().setAll(rows);
        layer.refresh(); // re-grey markers that went silent
    }
}
