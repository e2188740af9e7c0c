package org.onemap.app.wall;

import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.map.MapPane;

/**
 * Shows carousel views on the wall map: wipes a curtain over the map ({@link WallWipe}), switches the
 * theme, and when the theme has arrived applies the view's time window, layers and extent behind it; once
 * the new view's tiles, labels and overlays are drawn (or after {@link #MAX_WAIT}) the curtain lifts.
 *
 * <p>Not a fade: fading the map's group makes Prism render it offscreen every frame (ADR 0010), and even
 * a translucent veil over it makes every frame of the fade repaint the whole 4K map, over 100 ms each in
 * the software pipeline (BENCHMARKS.md, wall soak). The wipe repaints only what it uncovers.
 */
final class WallViewTransitions {
    private static final Logger LOG = Logger.getLogger(WallViewTransitions.class.getName());
    private static final Duration WIPE = Duration.millis(450);
    /** Longest the curtain waits for a slow view (tiles of a far zoom) before showing what is there. */
    static final Duration MAX_WAIT = Duration.seconds(2.5);
    private static final Duration POLL = Duration.millis(100);

    private final MainViewModel viewModel;
    private final MapPane map;
    private final CarouselTimeWindow timeWindow;
    private final WallWipe wipe = new WallWipe(Color.web("#0b1220"));
    private final StackPane stack;
    private final Timeline waitForView;
    private WallView pendingView;
    private double waited;

    WallViewTransitions(MainViewModel viewModel, MapPane map) {
        this.viewModel = viewModel;
        this.map = map;
        this.timeWindow = new CarouselTimeWindow(viewModel.theme().timeSlider());
        stack = new StackPane(map, wipe.node());   // the wipe is unmanaged: sized to the stack, never sizing it
        stack.widthProperty().addListener((o, was, now) -> wipe.resize(stack.getWidth(), stack.getHeight()));
        stack.heightProperty().addListener((o, was, now) -> wipe.resize(stack.getWidth(), stack.getHeight()));
        stack.setMinSize(0, 0);
        waitForView = new Timeline(new KeyFrame(POLL, e -> revealWhenDrawn()));
        waitForView.setCycleCount(Animation.INDEFINITE);
        viewModel.theme().revisionProperty().addListener((o, was, now) -> arrive());
    }

    /** The map with its curtain, for the wall's centre. */
    StackPane node() { return stack; }

    /** Covers the map, then shows {@code view} behind the curtain. */
    void transitionTo(WallView view) {
        waitForView.stop();
        wipe.cover(WIPE, () -> show(view));
    }

    /** Whether the map is in full view (no curtain over any of it). */
    boolean isMapClear() { return wipe.isClear(); }

    /** Switches to {@code view}'s theme; its arrival zooms and, once drawn, lifts the curtain. */
    void show(WallView view) {
        pendingView = view;
        try {
            viewModel.theme().select(view.moduleId());
        } catch (IllegalArgumentException e) {
            LOG.warning("wall: " + e.getMessage());
            arrive();
        }
    }

    private void arrive() {
        var theme = viewModel.theme();
        map.setThemeOverlays(theme.overlays());
        WallView v = pendingView;
        timeWindow.request(v == null ? null : v.from());
        if (v != null) {
            for (String name : v.visibleLayers()) {
                LayerItem item = viewModel.layers().item(name);
                if (item != null) item.setVisible(true);
            }
        }
        Envelope target = v != null && v.extent() != null ? v.extent().envelope() : theme.viewExtent();
        if (target != null) map.zoomTo(target);
        else map.zoomToFullExtent();
        if (wipe.isCovered()) {
            waited = 0;
            waitForView.playFromStart();
        }
    }

    // lifts the curtain once the view behind it is drawn: lifting earlier would show tiles arriving
    private void revealWhenDrawn() {
        waited += POLL.toMillis();
        boolean drawn = map.tilesLoading() == 0 && map.labelsSettled() && map.themeOverlaySettled();
        if (drawn || waited >= MAX_WAIT.toMillis()) {
            waitForView.stop();
            wipe.reveal(WIPE);
        }
    }
}
