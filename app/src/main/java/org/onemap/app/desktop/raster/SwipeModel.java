package org.onemap.app.desktop.raster;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.onemap.app.desktop.Messages;

/**
 * Swipe comparison: left of a vertical divider the map shows the left layer, right of it the right
 * layer. A side that is null shows the vector map alone (no raster), so a raster can be compared with
 * the plain map. The divider's position is a fraction of the map's width, always within 0…1.
 */
public final class SwipeModel {
    private final Messages messages;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<RasterLayerItem> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<RasterLayerItem> right = new SimpleObjectProperty<>(this, "right");
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 0.5);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public SwipeModel(Messages messages) {
        this.messages = messages;
        position.addListener((o, was, now) -> {
            double v = now.doubleValue();
            if (Double.isNaN(v) || v < 0 || v > 1) position.set(clamp(v));
        });
        // the sides and the switch change what is drawn; the position only moves the clip
        for (Observable o : new Observable[] {active, left, right}) o.addListener(x -> revision.set(revision.get() + 1));
    }

    static double clamp(double v) {
        return Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
    }

    public BooleanProperty activeProperty() { return active; }

    public boolean isActive() { return active.get(); }

    /** Starts a comparison of {@code leftLayer} and {@code rightLayer} (either may be null: the vector map). */
    public void compare(RasterLayerItem leftLayer, RasterLayerItem rightLayer) {
        left.set(leftLayer);
        right.set(rightLayer);
        active.set(true);
    }

    public void stop() { active.set(false); }

    /** The layer left of the divider; null: the vector map. */
    public ObjectProperty<RasterLayerItem> leftProperty() { return left; }

    public ObjectProperty<RasterLayerItem> rightProperty() { return right; }

    /** The divider as a fraction of the map's width, clamped to 0…1. */
    public DoubleProperty positionProperty() { return position; }

    public double getPosition() { return position.get(); }

    public void setPosition(double fraction) { position.set(clamp(fraction)); }

    /** Moves the divider to the pointer at {@code x} of a map {@code width} pixels wide. */
    public void dragTo(double x, double width) {
        setPosition(width > 0 ? x / width : 0.5);
    }

    /** The divider's pixel column in a map {@code width} pixels wide. */
    public double dividerX(double width) { return Math.round(getPosition() * width); }

    /** The label of the left side: the layer's title or 矢量地图. */
    public String leftLabel() { return label(left.get()); }

    public String rightLabel() { return label(right.get()); }

    private String label(RasterLayerItem item) {
        return item == null ? messages.get("raster.swipe.vector") : item.title();
    }

    /** Counts changes of the switch and of the sides. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Forgets a side that is no longer listed. */
    void removed(RasterLayerItem item) {
        if (left.get() == item) left.set(null);
        if (right.get() == item) right.set(null);
        if (left.get() == null && right.get() == null) active.set(false);
    }
}
