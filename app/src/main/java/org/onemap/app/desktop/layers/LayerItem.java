package org.onemap.app.desktop.layers;

import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;

/** One row of the layer tree: a workspace layer with its display title, visibility and opacity. */
public final class LayerItem extends ShownLayer {
    private final LayerInfo info;
    private final String title;

    public LayerItem(LayerInfo info, String title) {
        this.info = info;
        this.title = title;
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


    @Override
    public String toString() { return title; }
}
