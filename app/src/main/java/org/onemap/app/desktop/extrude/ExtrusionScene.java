package org.onemap.app.desktop.extrude;

import java.util.List;
import java.util.Map;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.map.extrude.BaseMapPicture;
import org.onemap.map.extrude.ExtrusionModel;

/**
 * Everything a 3D view shows for one preset, built off the FX thread: the merged meshes, the base-map
 * picture, the legend and the source features by id (for the attribute panel and the highlight).
 */
public record ExtrusionScene(ExtrusionPreset preset, LayerSchema schema, ExtrusionModel model, BaseMapPicture baseMap,
                             List<LegendEntry> legend, Map<String, Feature> features) {
    public Feature feature(String id) { return features.get(id); }
}
