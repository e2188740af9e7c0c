package org.onemap.app.wall;

import java.util.function.DoubleConsumer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The curtain a carousel view change passes behind: an opaque panel sweeps over the map from the left,
 * the next view is set up behind it, and strips of it lift from the left to show that view.
 *
 * <p>Why a wipe and not a fade: a translucent veil makes JavaFX repaint the whole map under it in every
 * frame, and a 4K map in the software pipeline takes longer than 100 ms per frame (the wall soak's stalls
 * were nearly all in fades). Here every frame repaints only what changes: while covering, the growing
 * panel is opaque over all it changes, so nothing under it is drawn; while covered, the map's changes
 * (zoom, tiles, labels) lie under one opaque panel and are not drawn either; the reveal swaps the panel
 * for strips once (the one whole repaint any new view needs, still hidden) and then each frame draws only
 * the strips just lifted. The panel itself is never hidden or shown, only narrowed to width 0: a node
 * that is shown or hidden marks its old bounds dirty, and a hidden full-width panel shown again at the
 * next cover made that cover's first frame repaint the whole map.
 */
final class WallWipe {
    static final int STRIPS = 24;
    private final Pane layer = new Pane();
    private final Rectangle panel = new Rectangle();
    private final Rectangle[] strips = new Rectangle[STRIPS];
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private Timeline running;
    private DoubleConsumer step = p -> { };
    private boolean covered;

    WallWipe(Color colour) {
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("wall-map-wipe");
        progress.addListener((o, was, now) -> step.accept(now.doubleValue()));
        panel.setFill(colour);
        layer.getChildren().add(panel);
        for (int i = 0; i < STRIPS; i++) {
            strips[i] = new Rectangle();
            strips[i].setFill(colour);
            strips[i].setVisible(false);
            layer.getChildren().add(strips[i]);
        }
    }

    /** The layer to lay over the map. */
    Pane node() { return layer; }

    /** Sizes the wipe to the map (whole pixels: a strip edge between pixels would be blended). */
    void resize(double width, double height) {
        layer.resize(width, height);
        panel.setHeight(Math.ceil(height));
        for (int i = 0; i < STRIPS; i++) {
            double x0 = Math.floor(width * i / STRIPS);
            double x1 = Math.floor(width * (i + 1) / STRIPS);
            strips[i].setX(x0);
            strips[i].setWidth(i == STRIPS - 1 ? Math.ceil(width) - x0 : x1 - x0);
            strips[i].setHeight(Math.ceil(height));
        }
        if (covered) panel.setWidth(Math.ceil(width));
    }

    /** Whether the map is hidden (after {@link #cover} finished, until {@link #reveal}). */
    boolean isCovered() { return covered; }

    /** Sweeps the panel over the map in {@code time}, then runs {@code then}. */
    void cover(Duration time, Runnable then) {
        stop();
        for (Rectangle s : strips) s.setVisible(false);
        panel.setWidth(0);
        animate(time, p -> panel.setWidth(Math.ceil(layer.getWidth() * p)), () -> {
            covered = true;
            then.run();
        });
    }

    /** Lifts the panel strip by strip from the left in {@code time}. */
    void reveal(Duration time) {
        if (!covered) return;
        stop();
        covered = false;
        for (Rectangle s : strips) s.setVisible(true);
        // the panel stays visible at width 0: showing or hiding it would dirty its old bounds (the whole map)
        panel.setWidth(0);
        animate(time, p -> {
            int lifted = (int) Math.round(p * STRIPS);
            for (int i = 0; i < STRIPS; i++) strips[i].setVisible(i >= lifted);
        }, () -> { });
    }

    /** Whether nothing of the wipe is over the map. */
    boolean isClear() {
        if (panel.getWidth() > 0) return false;
        for (Rectangle r : strips) if (r.isVisible()) return false;
        return true;
    }

    private void animate(Duration time, DoubleConsumer onStep, Runnable done) {
        step = onStep;
        progress.set(0);
        running = new Timeline(new KeyFrame(time, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        running.setOnFinished(e -> {
            onStep.accept(1);
            done.run();
        });
        running.play();
    }

    private void stop() {
        if (running != null) {
            running.stop();   // its onFinished does not run: a newer wipe takes over
            running = null;
        }
    }
}
