package org.onemap.map.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

/**
 * A label placed by the renderer or by {@link ViewportLabels}, in image (device) pixels: its text, the
 * layer and feature it names, and its {@code box} (text plus halo, axis-aligned; no two boxes of one
 * placement overlap). The text is centred on ({@code x}, {@code y}) and turned by {@code angle}
 * radians about that point (lines; 0 otherwise), drawn in the map font at {@code fontSize} device
 * pixels, {@code bold} or not, in {@code color} with a {@code halo} ({@code null} = none) of
 * {@code haloWidth} device pixels around each glyph, at the layer's {@code opacity}.
 */
public record PlacedLabel(String text, String layer, Rectangle2D box, String featureId, double x, double y,
                          double angle, double fontSize, boolean bold, Color color, Color halo, double haloWidth,
                          double opacity) {
    private static final Color DARK = new Color(0x222222);

    /** A label known only by its text, layer and box: centred in the box, upright, dark on white, 12 px. */
    public PlacedLabel(String text, String layer, Rectangle2D box) {
        this(text, layer, box, null, box.getCenterX(), box.getCenterY(), 0, 12, false, DARK, Color.WHITE, 2, 1);
    }
}
