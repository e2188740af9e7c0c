package org.onemap.app.desktop.raster;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The swipe divider over the map: a vertical bar with a round handle that the user drags across the
 * map, and a label on each side naming what it shows. Only the bar and the handle take the mouse, so
 * the rest of the map still pans and zooms.
 */
final class SwipeDivider extends Pane {
    static final double BAR_WIDTH = 4;
    private static final double GRAB_WIDTH = 14;

    private final SwipeModel swipe;
    private final Rectangle bar = new Rectangle();
    private final Rectangle grab = new Rectangle();
    private final StackPane handle = new StackPane();
    private final Label left = new Label();
    private final Label right = new Label();

    SwipeDivider(SwipeModel swipe) {
        this.swipe = swipe;
        setId("swipeDivider");
        getStyleClass().add("swipe-divider");
        setPickOnBounds(false);
        bar.getStyleClass().add("swipe-bar");
        bar.setWidth(BAR_WIDTH);
        bar.setMouseTransparent(true);
        grab.setWidth(GRAB_WIDTH);
        grab.setOpacity(0); // a wider invisible strip is easier to grab than the bar itself
        grab.setCursor(Cursor.H_RESIZE);
        Circle knob = new Circle(13);
        knob.getStyleClass().add("swipe-knob");
        Label arrows = new Label("◀ ▶");
        arrows.getStyleClass().add("swipe-arrows");
        handle.getChildren().addAll(knob, arrows);
        handle.setCursor(Cursor.H_RESIZE);
        handle.setId("swipeHandle");
        left.setId("swipeLeftLabel");
        right.setId("swipeRightLabel");
        for (Label l : new Label[] {left, right}) {
            l.getStyleClass().add("swipe-label");
            l.setMouseTransparent(true);
            l.setAlignment(Pos.CENTER);
        }
        getChildren().addAll(bar, grab, handle, left, right);
        for (var n : new javafx.scene.Node[] {grab, handle}) {
            n.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
            n.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                swipe.dragTo(sceneToLocal(e.getSceneX(), e.getSceneY()).getX(), getWidth());
                e.consume();
            });
        }
        visibleProperty().bind(swipe.activeProperty());
        swipe.positionProperty().addListener(o -> requestLayout());
        swipe.revisionProperty().addListener(o -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double x = swipe.dividerX(w);
        bar.setX(x - BAR_WIDTH / 2);
        bar.setHeight(h);
        grab.setX(x - GRAB_WIDTH / 2);
        grab.setHeight(h);
        handle.autosize();
        handle.relocate(x - handle.getWidth() / 2, h / 2 - handle.getHeight() / 2);
        left.setText(swipe.leftLabel());
        right.setText(swipe.rightLabel());
        left.autosize();
        right.autosize();
        // labels sit beside the divider at the top, inside the map even when the divider is near an edge
        double y = 12;
        left.relocate(Math.max(6, x - left.getWidth() - 10), y);
        right.relocate(Math.min(w - right.getWidth() - 6, x + 10), y);
    }
}
