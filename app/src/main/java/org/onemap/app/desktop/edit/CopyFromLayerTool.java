package org.onemap.app.desktop.edit;

import org.onemap.core.feature.Feature;

/** Click a polygon of the chosen source layer (e.g. a village or a surveyed plot) to copy its shape as a new parcel. */
final class CopyFromLayerTool implements MapEditTool {
    private final EditContext ctx;

    CopyFromLayerTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.COPY_FROM_LAYER; }

    @Override
    public boolean clicked(MapInput in, int count) {
        if (count != 1) return false;
        Feature f = ctx.sourceFeatureAt(in.raw(), in.pixels(SelectTool.PICK_PX));
        if (f == null || !(f.geometry().getDimension() == 2)) return false;
        ctx.created(f.geometry().copy());
        return true;
    }
}
