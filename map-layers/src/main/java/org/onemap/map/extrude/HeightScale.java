package org.onemap.map.extrude;

/**
 * How an attribute value becomes an extrusion height in metres. {@link Kind#SQRT} keeps a few large
 * values (county towns' output) from dwarfing everything else; {@link Kind#LINEAR} keeps ratios true.
 * Values at or above {@code maxValue} reach {@code maxHeight}; every drawn feature is at least
 * {@code minHeight} tall so a zero still shows a top face. An immutable value.
 */
public record HeightScale(Kind kind, double maxValue, double maxHeight, double minHeight) {
    /** The value → height curve. */
    public enum Kind { LINEAR, SQRT }

    public HeightScale {
        if (kind == null) throw new IllegalArgumentException("height scale kind is required");
        if (!(maxValue > 0) || Double.isInfinite(maxValue)) throw new IllegalArgumentException("maxValue must be > 0: " + maxValue);
        if (!(maxHeight > 0) || Double.isInfinite(maxHeight)) throw new IllegalArgumentException("maxHeight must be > 0: " + maxHeight);
        if (!(minHeight >= 0 && minHeight <= maxHeight)) throw new IllegalArgumentException("minHeight must be in [0, maxHeight]: " + minHeight);
    }

    /** A scale for values up to {@code maxValue} with a minimum of 0.5 % of {@code maxHeight}. */
    public static HeightScale of(Kind kind, double maxValue, double maxHeight) {
        return new HeightScale(kind, maxValue, maxHeight, maxHeight * 0.005);
    }

    /** Height in metres of {@code value}; NaN and negative values get {@link #minHeight()}. */
    public double height(double value) {
        if (!(value > 0)) return minHeight;
        double f = Math.min(1, value / maxValue);
        double h = (kind == Kind.SQRT ? Math.sqrt(f) : f) * maxHeight;
        return Math.max(minHeight, h);
    }
}
