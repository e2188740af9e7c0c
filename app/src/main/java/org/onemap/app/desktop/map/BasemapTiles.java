package org.onemap.app.desktop.map;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.map.render.RenderLayer;

/** Where the map's tiles come from: gets the layer set to render whenever it changes. */
public interface BasemapTiles {
    /** Renders later tile requests from {@code layers} (bottom first) and forgets tiles of the old set. */
    void install(List<RenderLayer> layers);

    /** The map now shows this lon/lat extent at tile level {@code z}: its tiles are wanted before any other. */
    void focus(Envelope lonLat, int z);
}
