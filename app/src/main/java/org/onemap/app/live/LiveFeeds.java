package org.onemap.app.live;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.animation.AnimationTimer;
import org.onemap.core.spi.DataSource;

/**
 * Live layers ({@code machinery}, {@code sensor}) on a map: one supervised source per layer, from the
 * MQTT broker when one is configured, else replayed from the workspace's recorded tracks (or tracks
 * generated from its features); their updates coalesced per frame onto one {@link LiveMarkerLayer}.
 * The wall and the desktop's 实时图层 group both use it. Start, then dispose, on the FX thread.
 */
public final class LiveFeeds {
    /** The live layers, in the order their sources are supervised. */
    public static final List<String> LAYERS = List.of("machinery", "sensor");

    private final DataSource workspace;
    private final LiveSettings settings;
    private final List<String> layers;
    private final PositionCoalescer coalescer = new PositionCoalescer();
    private final LiveMarkers markers;
    private final LiveMarkerLayer markerLayer;
    private final List<LiveFeedSupervisor> supervisors = new ArrayList<>();
    private final List<ReplayHolder> replays = new ArrayList<>();
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // only the latest position per device reaches the scene graph, once per frame
            if (markers.apply(coalescer.drain())) markerLayer.refresh();
        }
    };
    private ScheduledExecutorService scheduler;

    /** Feeds for {@code layers} (a subset of {@link #LAYERS}), not yet connected. */
    public LiveFeeds(DataSource workspace, LiveSettings settings, Clock clock, List<String> layers) {
        this.workspace = workspace;
        this.settings = settings;
        this.layers = List.copyOf(layers);
        this.markers = new LiveMarkers(clock, settings.staleAfter());
        this.markerLayer = new LiveMarkerLayer(markers);
        for (String name : this.layers) {
            if (!LAYERS.contains(name)) throw new IllegalArgumentException("not a live layer: " + name + " (one of " + LAYERS + ")");
            ReplayHolder replay = new ReplayHolder(name, clock);
            replays.add(replay);
            FeedConnection.Connector connector = settings.usesBroker()
                    ? new MqttFeed(settings.mqttUrl(), MqttFeed.mappingFor(name)) : sink -> replay.feed().connect(sink);
            supervisors.add(new LiveFeedSupervisor(name, connector, Backoff.standard(), clock, settings.staleAfter(), coalescer::offer));
        }
    }

    /** Connects the sources (polled each second, reconnecting with backoff) and starts drawing. */
    public void start() {
        if (scheduler != null) return;
        startDisplay();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onemap-live-" + String.join("-", layers));
            t.setDaemon(true);
            return t;
        });
        for (LiveFeedSupervisor s : supervisors) s.start(scheduler, Duration.ofSeconds(1));
    }

    /** Starts only the per-frame pump (tests feed the coalescer themselves). */
    public void startDisplay() { pump.start(); }

    /** Disconnects every source and stops drawing updates; the markers stay where they were. */
    public void dispose() {
        pump.stop();
        supervisors.forEach(LiveFeedSupervisor::close);
        if (scheduler != null) scheduler.shutdownNow();
    }

    public List<String> layers() { return layers; }

    public LiveSettings settings() { return settings; }

    public PositionCoalescer coalescer() { return coalescer; }

    public LiveMarkers markers() { return markers; }

    public LiveMarkerLayer markerLayer() { return markerLayer; }

    public List<LiveFeedSupervisor> supervisors() { return List.copyOf(supervisors); }

    /** Whether layer {@code i}'s replay is of generated tracks (false before its first connect, and from a broker). */
    public boolean generated(int i) { return replays.get(i).generated(); }

    /** The source of layer {@code i} as the status line names it: mqtt, replay or generated. */
    public FeedStatusText.Source source(int i) {
        return settings.usesBroker() ? FeedStatusText.Source.MQTT : generated(i) ? FeedStatusText.Source.GENERATED : FeedStatusText.Source.REPLAY;
    }

    /** Reads the replay tracks on first connect (on the supervisor's thread, not the FX thread). */
    private final class ReplayHolder {
        private final String layerName;
        private final Clock clock;
        private ReplayFeed feed;
        private volatile boolean generated;

        ReplayHolder(String layerName, Clock clock) {
            this.layerName = layerName;
            this.clock = clock;
        }

        synchronized ReplayFeed feed() {
            if (feed == null) {
                ReplayTracks t = ReplayTracks.of(workspace, layerName);
                feed = new ReplayFeed(t, settings.replayRate(), clock);
                generated = t.generated();
            }
            return feed;
        }

        boolean generated() { return generated; }
    }
}
