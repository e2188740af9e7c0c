package org.onemap.app.desktop.layers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;

/** One row of the layer tree: a workspace layer with its display title, visibility and opacity. */
public final class LayerItem {
    private final LayerInfo info;
    private final String title;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    public LayerItem(LayerInfo info, String title) {
        this.info = info;
        this.title = title;
        // keep opacity a fraction whatever a slider or a caller sets
        opacity.addListener((o, was, now) -> {
            double v = now.doubleValue();
            if (v < 0 || v > 1 || Double.isNaN(v)) opacity.set(Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v)));
        });
    }

    /** The catalog entry the row shows (name, geometry type, count, extent). */
    public LayerInfo info() { return info; }

    /** The layer's name in the workspace, e.g. {@code county}. */
    public String name() { return info.name(); }

    /** What the user reads, e.g. 县级行政区. */
    public String title() { return title; }

    public GeometryKind geometryKind() { return info.geometryType(); }

    public long featureCount() { return info.count(); }

    /** Lon/lat extent, or null for an empty layer. */
    public Envelope extent() { return info.extent(); }

    public BooleanProperty visibleProperty() { return visible; }

    public boolean isVisible() { return visible.get(); }

    public void setVisible(boolean v) { visible.set(v); }

    /** 0 (transparent) … 1 (opaque). */
    public DoubleProperty opacityProperty() { return opacity; }

    public double getOpacity() { return opacity.get(); }

    public void setOpacity(double v) { opacity.set(v); }

    @Override
    public String toString() { return title; }
}
