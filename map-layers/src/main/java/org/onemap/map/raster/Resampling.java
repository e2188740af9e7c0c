package org.onemap.map.raster;

/** How a screen pixel takes its value from the source grid. */
public enum Resampling {
    /** The source pixel under the screen pixel's centre: exact values, blocky when zoomed in. */
    NEAREST,
    /** Weighted from the four nearest source pixel centres: smooth, for continuous fields (DEM, NDVI). */
    BILINEAR
}
