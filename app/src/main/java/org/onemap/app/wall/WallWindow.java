package org.onemap.app.wall;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.map.BasemapTiles;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.live.LiveSettings;
import org.onemap.core.spi.DataSource;

/**
 * The wall's scene: a header with title, carousel state and clock; the one map (the desktop's
 * {@link MapPane}) in the middle; live counts and the theme's indicators and charts
 * ({@link WallSidePanel}) at the side; the alert ticker ({@link WallTicker}) along the bottom; the PIN
 * prompt over all. Carousel views change through {@link WallViewTransitions}.
 */
public final class WallWindow {
    /** Leaving the wall starts with this chord, then the PIN. */
    public static final KeyCombination EXIT_CHORD = KeyCombination.keyCombination("Ctrl+Alt+Shift+Q");
    private static final Logger LOG = Logger.getLogger(WallWindow.class.getName());
    private static final String STYLESHEET = "/org/onemap/app/wall/wall.css";
    private static final Duration RULES_EVERY = Duration.seconds(60);
    /** Layout sizes in the config are for a screen this wide; wider walls scale them up. */
    private static final double REFERENCE_WIDTH = 1920;

    private final DataSource workspace;
    private final WallConfig config;
    private final WallText text;
    private final Clock clock;
    private final ExecutorService background;
    private final MainViewModel viewModel;
    private final MapPane map;
    private final CarouselViewModel carousel;
    private final AlertViewModel alerts;
    private final KioskLock lock;
    private final List<AlertRule> rules;
    private final StackPane root = new StackPane();
    private final Label clockLabel = new Label();
    private final Label carouselLabel = new Label();
    private final WallTicker ticker;
    private final WallSidePanel side;
    private final WallViewTransitions views;
    private final Timeline everySecond;
    private final Timeline rulesTimer;
    private final Timeline flash;
    private final DateTimeFormatter clockFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd  HH:mm:ss");
    private Runnable onUnlocked = () -> { };
    private final org.onemap.app.wall.dispatch.DispatchViewModel dispatch; // dispatch (issue 8 item 5)
    private final WallLive liveFeeds;
    private final PulsingRingLayer alertRings = new PulsingRingLayer();
    private long viewsShown = 1;
    private final StandInOperator standIn;

    public WallWindow(DataSource workspace, Locale locale, WallConfig config, Clock clock, BasemapTiles tiles) {
        this(workspace, locale, config, clock, tiles, LiveSettings.from(System.getenv(), System.getProperties()));
    }

    /** A wall whose live feeds follow {@code liveSettings} (broker or replay, stale time, soak hold times). */
    public WallWindow(DataSource workspace, Locale locale, WallConfig config, Clock clock, BasemapTiles tiles, LiveSettings liveSettings) {
        this.workspace = workspace;
        this.config = config;
        this.clock = clock;
        this.text = WallText.forLocale(locale);
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "onemap-wall-reader");
            t.setDaemon(true);
            return t;
        });
        // after dispose, late work (a theme arriving) is dropped instead of failing on the stopped pool
        java.util.concurrent.Executor readers = this::read;
        this.viewModel = new MainViewModel(workspace, Messages.forLocale(locale), readers, Platform::runLater);
        this.map = new MapPane(viewModel, tiles);
        map.setWholeZoomLevels(true);   // tiles at their own size: a 4K map repaints without resampling
        int hold = liveSettings.holdSecondsOverride();
        this.carousel = new CarouselViewModel(hold <= 0 ? config.playlist() : config.playlist().stream()
                .map(v -> v.withHoldSeconds(hold)).toList(), clock);
        this.liveFeeds = new WallLive(workspace, liveSettings, clock, text, map);
        map.mapView().addLayer(alertRings);
        this.alerts = new AlertViewModel(clock);
        this.standIn = new StandInOperator(alerts, clock, liveSettings.autoAckSeconds());
        this.lock = new KioskLock(config.pin(), clock, text);
        this.rules = AlertRules.standard(config.soilMoistureMin(), text);
        carousel.pausedProperty().bind(alerts.alarmingProperty());

        WallLayout layout = config.layout();
        BorderPane main = new BorderPane();
        main.setTop(header(layout));
        views = new WallViewTransitions(viewModel, map);
        main.setCenter(views.node());
        side = new WallSidePanel(viewModel, text, liveFeeds.statusPanel(), layout.sidePanelWidth(), clockFormat);
        ticker = new WallTicker(alerts, text);
        // dispatch (issue 8 item 5): a tab beside the indicators; all of it in wall.dispatch
        dispatch = org.onemap.app.wall.dispatch.WallDispatch.mount(side.node(), viewModel.highlight(), workspace, clock, text,
                readers, ticker::operatorName);
        main.setRight(side.node());
        if (layout.ticker()) main.setBottom(ticker.node());
        root.getChildren().addAll(main, new PinPrompt(lock, text, () -> onUnlocked.run()));
        root.getStyleClass().add("wall-root");
        root.setId("wallRoot");
        root.setStyle("-fx-font-size: " + layout.fontSize() + "px;");
        root.getStylesheets().add(WallWindow.class.getResource(STYLESHEET).toExternalForm());

        carousel.currentProperty().addListener((o, was, now) -> {
            viewsShown++;
            liveFeeds.stallMonitor().stats().markViewChange();
            views.transitionTo(now);
        });
        alerts.open().addListener((ListChangeListener<Alert>) c -> showAlerts());
        everySecond = new Timeline(new KeyFrame(Duration.seconds(1), e -> secondTick()));
        everySecond.setCycleCount(Animation.INDEFINITE);
        rulesTimer = new Timeline(new KeyFrame(RULES_EVERY, e -> evaluateRules()));
        rulesTimer.setCycleCount(Animation.INDEFINITE);
        flash = new Timeline(new KeyFrame(Duration.ZERO, e -> map.highlightOverlay().shapeOpacityProperty().set(1)),
                new KeyFrame(Duration.millis(500), e -> map.highlightOverlay().shapeOpacityProperty().set(0.15)),
                new KeyFrame(Duration.millis(1000)));
        flash.setCycleCount(Animation.INDEFINITE);
        showAlerts();
        secondTick();
        views.show(carousel.current());
    }

    /** Starts the clock, the carousel and the alert rules (not in the constructor: tests drive them by hand). */
    public void start() {
        everySecond.play();
        rulesTimer.play();
        evaluateRules();
        liveFeeds.start(() -> viewsShown);
    }

    /** A scene holding the wall, with the exit chord and the idle-cursor hiding installed. */
    public Scene createScene(double width, double height) {
        // type and panels grow with the wall: 26 px reads across a room on 1080p, a 4K wall needs twice that
        double scale = Math.max(1, width / REFERENCE_WIDTH);
        root.setStyle("-fx-font-size: " + Math.round(config.layout().fontSize() * scale) + "px;");
        side.setWidth(config.layout().sidePanelWidth() * scale);
        liveFeeds.markerLayer().setMarkerSize(5 * scale);
        alertRings.setRadius(14 * scale);
        map.setLabelScale(WallLabelScale.of(width, height, config.layout(), System.getProperties())); // issue 8: labels readable from the room
        scaleFromBottomLeft(map.lookup("#scaleBar"), scale);
        Scene scene = new Scene(root, width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (EXIT_CHORD.match(e)) {
                lock.chordPressed();
                e.consume();
            }
        });
        PauseTransition idle = new PauseTransition(Duration.seconds(config.layout().cursorIdleSeconds()));
        idle.setOnFinished(e -> scene.setCursor(Cursor.NONE));
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            scene.setCursor(Cursor.DEFAULT);
            idle.playFromStart();
        });
        idle.play();
        return scene;
    }

    // grows a corner widget (the scale bar) about its bottom-left corner, so it stays in its corner
    private static void scaleFromBottomLeft(javafx.scene.Node n, double scale) {
        if (n == null || scale <= 1) return;
        javafx.scene.transform.Scale t = new javafx.scene.transform.Scale(scale, scale, 0, 0);
        t.pivotYProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> n.getLayoutBounds().getHeight(), n.layoutBoundsProperty()));
        n.getTransforms().setAll(t);
    }

    public Parent root() { return root; }

    public MapPane map() { return map; }

    public MainViewModel viewModel() { return viewModel; }

    public CarouselViewModel carousel() { return carousel; }

    /** Whether the map is in full view (no carousel wipe over any of it). */
    public boolean mapInFullView() { return views.isMapClear(); }

    public AlertViewModel alerts() { return alerts; }

    public KioskLock lock() { return lock; }

    /** The dispatch panel's view-model (issue 8 item 5). */
    public org.onemap.app.wall.dispatch.DispatchViewModel dispatch() { return dispatch; }

    public WallConfig config() { return config; }

    /** The live feeds, their markers on the map and the FX stall monitor. */
    public WallLive live() { return liveFeeds; }

    /** The pulsing rings at unacknowledged alerts. */
    public PulsingRingLayer alertRings() { return alertRings; }

    /** Runs when the operator has unlocked the wall (the launcher closes the stage). */
    public void setOnUnlocked(Runnable r) { onUnlocked = r == null ? () -> { } : r; }

    /** Evaluates the alert rules in the background and raises what they find on the FX thread. */
    public void evaluateRules() {
        read(() -> {
            try {
                List<Alert> found = AlertRules.evaluate(rules, workspace, clock.instant());
                LiveCounts counts = LiveCounts.of(workspace, found);
                Platform.runLater(() -> {
                    alerts.raiseAll(found);
                    side.show(counts);
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "wall: alert rules failed", e);
            }
        });
    }

    private void read(Runnable r) {
        try {
            background.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // disposed: nobody waits for the result any more
        }
    }

    /** Stops timers and readers. The workspace stays open: its owner closes it. */
    public void dispose() {
        everySecond.stop();
        rulesTimer.stop();
        flash.stop();
        liveFeeds.dispose();
        alertRings.dispose();
        background.shutdownNow();
        map.dispose();
    }

    private void secondTick() {
        clockLabel.setText(clockFormat.format(clock.instant().atZone(ZoneId.systemDefault())));
        standIn.tick();
        carousel.tick();
        carouselLabel.setText(carousel.isPaused() ? text.get("wall.ticker.paused")
                : text.format("wall.carousel", carousel.indexProperty().get() + 1, carousel.playlist().size(), carousel.remainingSeconds()));
    }

    private HBox header(WallLayout layout) {
        Label title = new Label(text.get("wall.title"));
        title.getStyleClass().add("wall-title");
        title.setId("wallTitle");
        clockLabel.getStyleClass().add("wall-clock");
        clockLabel.setId("wallClock");
        clockLabel.setVisible(layout.clock());
        carouselLabel.getStyleClass().add("wall-carousel-status");
        carouselLabel.setId("wallCarousel");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox h = new HBox(28, title, gap, carouselLabel, clockLabel);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("wall-header");
        return h;
    }

    private void showAlerts() {
        ticker.show();
        List<Alert> open = alerts.open();
        viewModel.highlight().setAll(open.stream().map(Alert::where).filter(g -> g != null).toList());
        alertRings.show(open);
        if (alerts.isAlarming()) flash.play();
        else {
            flash.stop();
            map.highlightOverlay().shapeOpacityProperty().set(1);
        }
    }
}
