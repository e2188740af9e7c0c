package org.onemap.map.raster;

/**
 * One resolution of a raster: level 0 is the full-resolution image, higher levels are the overviews
 * (reduced-resolution IFDs written by {@code gdaladdo}), each with the same extent and coarser pixels.
 */
public record RasterLevel(int index, int width, int height, GeoTransform transform) {}
