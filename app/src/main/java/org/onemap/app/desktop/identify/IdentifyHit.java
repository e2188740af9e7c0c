package org.onemap.app.desktop.identify;

import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.core.feature.Feature;

/** One feature found under the pointer, with the layer it belongs to and the name the list shows. */
public record IdentifyHit(LayerItem layer, Feature feature, String displayName) {
    @Override
    public String toString() { return layer.title() + " · " + displayName; }
}
