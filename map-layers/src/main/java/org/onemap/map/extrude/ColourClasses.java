package org.onemap.map.extrude;

import java.util.Arrays;

/**
 * The colour classes of an extrusion map: K + 1 ascending breaks (from a thematic classifier such as
 * Jenks or quantile, computed by the caller) and K colours as 0xAARRGGBB. map-layers does not depend on
 * thematic-maps, so the classification arrives here as plain numbers. An immutable value.
 */
public final class ColourClasses {
    private final double[] breaks;
    private final int[] colours;

    public ColourClasses(double[] breaks, int[] colours) {
        if (breaks == null || colours == null || colours.length < 1 || breaks.length != colours.length + 1) {
            throw new IllegalArgumentException("need K + 1 breaks for K colours");
        }
        for (int i = 1; i < breaks.length; i++) {
            if (!(breaks[i] >= breaks[i - 1])) throw new IllegalArgumentException("breaks must ascend: " + Arrays.toString(breaks));
        }
        this.breaks = breaks.clone();
        this.colours = colours.clone();
    }

    /** Number of classes K. */
    public int size() { return colours.length; }

    public double lower(int cls) { return breaks[cls]; }

    public double upper(int cls) { return breaks[cls + 1]; }

    /** Colour of class {@code cls} as 0xAARRGGBB. */
    public int colour(int cls) { return colours[cls]; }

    public double[] breaks() { return breaks.clone(); }

    /**
     * The class of {@code value}: the first whose upper break is ≥ the value (values below the first
     * break go to class 0, above the last to the top class); -1 for NaN, which is not extruded.
     */
    public int classOf(double value) {
        if (Double.isNaN(value)) return -1;
        for (int c = 0; c < colours.length - 1; c++) if (value <= breaks[c + 1]) return c;
        return colours.length - 1;
    }
}
