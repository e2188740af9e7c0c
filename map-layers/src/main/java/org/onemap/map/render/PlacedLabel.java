package org.onemap.map.render;

import java.awt.geom.Rectangle2D;

/** A label the renderer drew: its text, the layer it labels and its box (with halo) in image pixels. */
public record PlacedLabel(String text, String layer, Rectangle2D box) {
}
