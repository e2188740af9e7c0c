package org.onemap.thematic.render;

import java.awt.Graphics2D;
import org.onemap.map.render.Viewport;

/**
 * A thematic layer drawn with Java2D over a rendered map (symbols, heat, flows, charts): things the
 * feature renderer's styles cannot express. {@code g} is in device pixels with the viewport's top-left
 * at the origin, as {@link org.onemap.map.render.MapRenderer#draw} uses; implementations scale by
 * {@link Viewport#pixelRatio()} themselves and leave {@code g}'s state unchanged.
 */
public interface MapOverlay {
    /** Draws onto {@code g}; returns how many items (symbols, flows, points) were drawn. */
    int draw(Graphics2D g, Viewport viewport);
}
