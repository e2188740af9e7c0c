package org.onemap.app.desktop.layers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** What every row of the layer panel has, vector or raster: whether it is shown, and its opacity. */
public abstract class ShownLayer {
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    protected ShownLayer() {
        // keep opacity a fraction whatever a slider or a caller sets
        opacity.addListener((o, was, now) -> {
            double v = now.doubleValue();
            if (v < 0 || v > 1 || Double.isNaN(v)) opacity.set(Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v)));
        });
    }

    public final BooleanProperty visibleProperty() { return visible; }

    public final boolean isVisible() { return visible.get(); }

    public final void setVisible(boolean v) { visible.set(v); }

    /** 0 (transparent) … 1 (opaque); values outside are clamped. */
    public final DoubleProperty opacityProperty() { return opacity; }

    public final double getOpacity() { return opacity.get(); }

    public final void setOpacity(double v) { opacity.set(v); }
}
