package org.onemap.map.render;

import java.awt.Color;

/**
 * How to render beyond layers and viewport: the background ({@code null} = transparent), whether to
 * place labels, and whether the image is one tile of the OSM tile grid. Tiled, labels are kept whole
 * inside the tile that owns them (never cut at a tile edge, never drawn twice), and areas and lines
 * are labelled once per block of 4 × 4 tiles rather than once per tile.
 */
public record RenderOptions(Color background, boolean labels, boolean tiled) {
    /** The paper colour of OneMap maps. */
    public static final Color PAPER = new Color(0xF7F5EF);

    /** Paper background, labels on: a single map image. */
    public static RenderOptions standard() { return new RenderOptions(PAPER, true, false); }

    /** Paper background, labels on, tile rules. */
    public static RenderOptions tile() { return new RenderOptions(PAPER, true, true); }

    public RenderOptions withBackground(Color c) { return new RenderOptions(c, labels, tiled); }

    public RenderOptions withLabels(boolean on) { return new RenderOptions(background, on, tiled); }

    public RenderOptions withTiled(boolean on) { return new RenderOptions(background, labels, on); }
}
