package org.onemap.map.style;

import java.awt.Color;
import java.util.List;

/**
 * How a line or polygon outline is drawn. Width and dash lengths are in logical pixels (multiplied
 * by the device pixel ratio when drawn). With {@code darkerThanFill} the colour is taken from each
 * feature's fill, darkened, so categorised parcels get matching outlines; {@code color} may then be null.
 */
public record StrokeStyle(Color color, double width, List<Double> dash, boolean darkerThanFill) {
    public StrokeStyle {
        if (color == null && !darkerThanFill) throw new IllegalArgumentException("stroke needs a color unless darkerThanFill");
        if (!(width > 0)) throw new IllegalArgumentException("stroke width must be > 0: " + width);
        dash = dash == null ? List.of() : List.copyOf(dash);
        for (Double d : dash) {
            if (d == null || !(d > 0)) throw new IllegalArgumentException("dash lengths must be > 0: " + dash);
        }
    }

    public static StrokeStyle solid(Color color, double width) { return new StrokeStyle(color, width, List.of(), false); }

    public static StrokeStyle dashed(Color color, double width, double on, double off) {
        return new StrokeStyle(color, width, List.of(on, off), false);
    }

    /** An outline in a darker shade of each feature's own fill colour. */
    public static StrokeStyle darkerThanFill(double width) { return new StrokeStyle(null, width, List.of(), true); }

    public boolean dashed() { return !dash.isEmpty(); }

    /** The outline colour for a feature filled with {@code fill}: 70 % brightness, opaque. */
    public Color colorFor(Color fill) {
        if (!darkerThanFill || fill == null) return color;
        return new Color((int) (fill.getRed() * 0.7), (int) (fill.getGreen() * 0.7), (int) (fill.getBlue() * 0.7));
    }
}
