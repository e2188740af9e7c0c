package org.onemap.app.wall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.live.FeedStatus;
import org.onemap.app.live.FeedStatusText;
import org.onemap.app.live.LiveFeedSupervisor;
import org.onemap.app.live.LiveFeeds;
import org.onemap.app.live.LiveMarkerLayer;
import org.onemap.app.live.LiveMarkers;
import org.onemap.app.live.LiveSettings;
import org.onemap.app.live.PositionCoalescer;
import org.onemap.app.wall.live.FxStallMonitor;
import org.onemap.app.wall.live.SoakRecorder;
import org.onemap.core.spi.DataSource;

/**
 * The wall's live feeds ({@link LiveFeeds}: machinery and sensors on the map), a status row per
 * source ("stale since HH:mm"), the FX stall monitor and, when asked for, the soak recorder.
 */
public final class WallLive {
    private final LiveFeeds feeds;
    private final FeedStatusText statusText;
    private final FxStallMonitor stallMonitor = new FxStallMonitor();
    private final LabelRows status = new LabelRows(new VBox(4), "wall-live-row");
    private final Timeline statusTimer;
    private SoakRecorder soak;

    WallLive(DataSource workspace, LiveSettings settings, Clock clock, WallText text, MapPane map) {
        this.feeds = new LiveFeeds(workspace, settings, clock, LiveFeeds.LAYERS);
        this.statusText = new FeedStatusText(text::format, "wall.feed.");
        map.addSymbolOverlay(feeds.markerLayer());
        status.node().setId("wallFeeds");
        statusTimer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> refreshStatus()));
        statusTimer.setCycleCount(Animation.INDEFINITE);
        refreshStatus();
    }

    /** Connects the sources and starts drawing, the stall monitor and (if -Donemap.soak.log) the soak recorder. */
    void start(LongSupplier carouselViews) {
        startDisplay();
        feeds.start();
        PositionCoalescer c = feeds.coalescer();
        soak = SoakRecorder.fromSystemProperties(stallMonitor.stats(), carouselViews, c::received, c::applied);
    }

    /** Starts only the per-frame pump, the status rows and the stall monitor (tests feed the coalescer themselves). */
    void startDisplay() {
        feeds.startDisplay();
        stallMonitor.start();
        statusTimer.play();
    }

    void dispose() {
        feeds.dispose();
        stallMonitor.stop();
        statusTimer.stop();
        if (soak != null) soak.close();
    }

    /** Status rows, one per source. */
    VBox statusPanel() { return status.node(); }

    public PositionCoalescer coalescer() { return feeds.coalescer(); }

    public LiveMarkers markers() { return feeds.markers(); }

    public LiveMarkerLayer markerLayer() { return feeds.markerLayer(); }

    public FxStallMonitor stallMonitor() { return stallMonitor; }

    public List<LiveFeedSupervisor> supervisors() { return feeds.supervisors(); }

    private void refreshStatus() {
        List<LabelRows.Row> rows = new ArrayList<>();
        List<LiveFeedSupervisor> supervisors = feeds.supervisors();
        for (int i = 0; i < supervisors.size(); i++) {
            FeedStatus s = supervisors.get(i).status();
            rows.add(new LabelRows.Row(statusText.line(s, feeds.source(i)), "wallFeed-" + s.name(), FeedStatusText.isStale(s)));
        }
        status.show(rows);
        feeds.markerLayer().refresh(); // re-grey markers that went silent
    }
}
