package org.onemap.map.style;

import java.awt.Color;
import java.util.Objects;

/**
 * How a polygon's interior is painted: a colour, an opacity in [0, 1] and optionally diagonal hatching
 * (drawn over the translucent fill, so an area reads as "zone" rather than "land cover").
 */
public record FillStyle(Color color, double opacity, boolean hatched) {
    public FillStyle {
        Objects.requireNonNull(color, "color");
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("fill opacity must be in [0, 1]: " + opacity);
    }

    public static FillStyle solid(Color color) { return new FillStyle(color, 1, false); }

    public static FillStyle of(Color color, double opacity) { return new FillStyle(color, opacity, false); }

    /** The colour with the fill opacity folded into its alpha. */
    public Color effectiveColor() { return withOpacity(color, opacity); }

    static Color withOpacity(Color c, double opacity) {
        int a = (int) Math.round(c.getAlpha() * opacity);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
