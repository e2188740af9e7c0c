package org.onemap.app.desktop.raster;

import org.onemap.map.raster.ColorRamp;

/**
 * What the legend of a raster layer shows: the ramp with the values at its ends, or for a band
 * combination the bands drawn as red, green and blue (1-based, as users number bands).
 *
 * @param ramp null for {@link RasterStyleKind#RGB}
 * @param rgbBands 1-based red, green, blue bands; empty unless RGB
 */
public record RasterLegend(String title, RasterStyleKind kind, ColorRamp ramp, double min, double max, int[] rgbBands, boolean generated) {

    /** A value at a ramp end as the legend prints it: two decimals for small ranges such as NDVI, whole numbers else. */
    public String format(double v) {
        return Math.abs(max - min) <= 10 ? String.format(java.util.Locale.ROOT, "%.2f", v) : String.format(java.util.Locale.ROOT, "%.0f", v);
    }
}
