package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.spi.DataSource;

/** The workspace layers edit mode offers: polygon layers to edit or copy from, all layers to snap to. */
final class EditLayers {
    private final DataSource workspace;
    private List<LayerInfo> catalog;

    EditLayers(DataSource workspace) { this.workspace = workspace; }

    List<String> polygonal() {
        List<String> out = new ArrayList<>();
        for (LayerInfo i : catalog()) if (i.geometryType().isPolygonal()) out.add(i.name());
        return out;
    }

    List<String> names() { return catalog().stream().map(LayerInfo::name).toList(); }

    // the catalog counts every layer: read it once, not per panel control
    private List<LayerInfo> catalog() {
        if (catalog == null) catalog = workspace.layers();
        return catalog;
    }
}
