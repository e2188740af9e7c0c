package org.onemap.app.wall;

import java.util.logging.Logger;
import javafx.animation.FadeTransition;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.map.MapPane;

/**
 * Shows carousel views on the wall map: darkens the map, switches the theme, and when the theme has
 * arrived applies the view's time window, layers and extent and clears the map again.
 *
 * <p>Transitions darken a plain rectangle laid over the map instead of fading the map itself: the
 * opacity of a group (the map's tiles, overlays and labels) makes Prism render it into an offscreen
 * texture every frame, and the software pipeline kept those 4K render targets on the heap (soak).
 */
final class WallViewTransitions {
    private static final Logger LOG = Logger.getLogger(WallViewTransitions.class.getName());
    private static final Duration FADE = Duration.millis(450);

    private final MainViewModel viewModel;
    private final MapPane map;
    private final CarouselTimeWindow timeWindow;
    private final Rectangle veil = new Rectangle(0, 0, Color.web("#0b1220"));
    private final StackPane stack;
    private WallView pendingView;

    WallViewTransitions(MainViewModel viewModel, MapPane map) {
        this.viewModel = viewModel;
        this.map = map;
        this.timeWindow = new CarouselTimeWindow(viewModel.theme().timeSlider());
        veil.setMouseTransparent(true);
        veil.setManaged(false); // sized to the stack below, never sizing it
        veil.setOpacity(0);
        veil.getStyleClass().add("wall-map-veil");
        stack = new StackPane(map, veil);
        veil.widthProperty().bind(stack.widthProperty());
        veil.heightProperty().bind(stack.heightProperty());
        stack.setMinSize(0, 0);
        viewModel.theme().revisionProperty().addListener((o, was, now) -> arrive());
    }

    /** The map with its veil, for the wall's centre. */
    StackPane node() { return stack; }

    /** Darkens the map, then shows {@code view}. */
    void transitionTo(WallView view) {
        FadeTransition out = new FadeTransition(FADE, veil);
        out.setToValue(0.8);
        out.setOnFinished(e -> show(view));
        out.play();
    }

    /** Switches to {@code view}'s theme; its arrival zooms and clears the veil. */
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
        FadeTransition in = new FadeTransition(FADE, veil);
        in.setToValue(0);
        in.play();
    }
}
