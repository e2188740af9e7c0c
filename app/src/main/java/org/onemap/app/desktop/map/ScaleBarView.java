package org.onemap.app.desktop.map;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.onemap.map.render.ScaleBar;
import org.onemap.map.render.Viewport;

/**
 * The scale bar in the map's corner: a round ground distance (chosen by the renderer's
 * {@link ScaleBar}, so exported maps and the screen agree) as alternating dark and light halves.
 */
final class ScaleBarView extends Region {
    private static final double MAX_WIDTH = 160;
    private final Rectangle left = new Rectangle();
    private final Rectangle right = new Rectangle();
    private final Label label = new Label();
    private final Locale locale;

    ScaleBarView(Locale locale) {
        this.locale = locale;
        getStyleClass().add("scale-bar");
        left.setFill(Color.rgb(40, 40, 40));
        right.setFill(Color.WHITE);
        for (Rectangle r : new Rectangle[] {left, right}) {
            r.setStroke(Color.rgb(40, 40, 40));
            r.setStrokeWidth(1);
            r.setHeight(6);
        }
        label.getStyleClass().add("scale-bar-label");
        getChildren().addAll(label, left, right);
        setMouseTransparent(true);
    }

    /** Re-measures the bar for what the map shows now. */
    void show(Viewport viewport) {
        ScaleBar bar = ScaleBar.forViewport(viewport, MAX_WIDTH, locale);
        label.setText(bar.label());
        left.setWidth(bar.lengthPx() / 2);
        right.setWidth(bar.lengthPx() / 2);
        requestLayout();
    }

    String text() { return label.getText(); }

    @Override
    protected void layoutChildren() {
        double h = label.prefHeight(-1);
        label.resizeRelocate(0, 0, label.prefWidth(-1), h);
        left.relocate(0, h + 1);
        right.relocate(left.getWidth(), h + 1);
    }

    @Override
    protected double computePrefWidth(double height) { return MAX_WIDTH + 4; }

    @Override
    protected double computePrefHeight(double width) { return label.prefHeight(-1) + 10; }
}
