package org.onemap.map.render;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.util.List;

/**
 * An extra key drawn by {@link MapDecorations} beside the layer legend: a thematic map's classes,
 * symbol sizes or flow widths. The map engine knows nothing of what it shows; it only asks its size,
 * places it in the right-hand column (below the north arrow, above the scale bar) and draws it there.
 */
public interface LegendPanel {
    /** Width and height in device pixels when drawn at {@code pixelRatio}. */
    Dimension2D size(Graphics2D g, double pixelRatio);

    /** Draws with the panel's top-left at device pixel ({@code x}, {@code y}). */
    void draw(Graphics2D g, double x, double y, double pixelRatio);

    /** The text rows the panel shows (title first), for tests and accessibility. */
    List<String> entries();
}
