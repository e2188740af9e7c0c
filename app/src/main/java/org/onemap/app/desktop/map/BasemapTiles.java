package org.onemap.app.desktop.map;

import java.util.List;
import org.onemap.map.render.RenderLayer;

/** Where the map's tiles come from: gets the layer set to render whenever it changes. */
public interface BasemapTiles {
    /** Renders later tile requests from {@code layers} (bottom first) and forgets tiles of the old set. */
    void install(List<RenderLayer> layers);
}
