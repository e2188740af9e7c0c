package org.onemap.thematic.render;

import java.awt.Graphics2D;
import java.util.List;
import org.onemap.map.render.MapRenderer;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;

/**
 * An ordinary render layer drawn as an overlay, i.e. over the heat maps and flows that are drawn over
 * the map's layers: incident points must stay readable above their own heat map. No background, no labels.
 */
public record LayerOverlay(RenderLayer layer) implements MapOverlay {
    private static final MapRenderer RENDERER = new MapRenderer();

    @Override
    public int draw(Graphics2D g, Viewport viewport) {
        return (int) RENDERER.draw(g, List.of(layer), viewport, new RenderOptions(null, false, false)).featuresDrawn();
    }
}
