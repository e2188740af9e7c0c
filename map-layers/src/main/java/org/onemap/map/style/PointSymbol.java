package org.onemap.map.style;

import java.awt.Color;
import java.util.Objects;

/**
 * The marker drawn at a point feature: a shape of {@code size} logical pixels (the diameter or side),
 * filled and outlined. {@code outline} may be null for no outline.
 */
public record PointSymbol(SymbolShape shape, double size, Color fill, Color outline, double outlineWidth) {
    public PointSymbol {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(fill, "fill");
        if (!(size > 0)) throw new IllegalArgumentException("symbol size must be > 0: " + size);
        if (outlineWidth < 0) throw new IllegalArgumentException("outline width must be >= 0: " + outlineWidth);
    }

    /** A symbol with a 1 px white outline, which keeps it readable on any fill. */
    public static PointSymbol of(SymbolShape shape, double size, Color fill) {
        return new PointSymbol(shape, size, fill, Color.WHITE, 1);
    }
}
