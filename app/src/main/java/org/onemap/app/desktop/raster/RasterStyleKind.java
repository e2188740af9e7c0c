package org.onemap.app.desktop.raster;

/** The ways the layer panel offers to draw a raster; each maps to a {@link org.onemap.map.raster.RasterStyle}. */
public enum RasterStyleKind {
    /** One band through the NDVI ramp over −1…1. */
    NDVI,
    /** One band (elevation) in hypsometric tints, stretched to its 2–98 % range. */
    TERRAIN,
    /** Shaded relief of one DEM band. */
    HILLSHADE,
    /** One band black to white, stretched to its 2–98 % range. */
    GREY,
    /** Three bands as red, green and blue (a band combination such as 4-3-2 or false-colour 5-4-3). */
    RGB;

    /** The resource-bundle key of the style's name. */
    public String messageKey() { return "raster.style." + name(); }

    /** Whether the style colours one band through a ramp (and so has a min/max legend). */
    public boolean hasRamp() { return this != RGB; }
}
