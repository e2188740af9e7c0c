package org.onemap.map.raster;

/**
 * Decoded samples of a rectangle of one raster level: {@code width} × {@code height} pixels whose
 * top-left is ({@code col0}, {@code row0}) of the level. One float array per band, row-major; nodata
 * pixels are {@link Float#NaN} so every consumer treats them alike (transparent, skipped in statistics).
 */
public record RasterWindow(RasterLevel level, int col0, int row0, int width, int height, float[][] bands) {

    /** The value of {@code band} at level pixel (col, row), which must lie inside the window. */
    public float value(int band, int col, int row) {
        return bands[band][(row - row0) * width + (col - col0)];
    }

    /** True if level pixel (col, row) lies inside the window. */
    public boolean contains(int col, int row) {
        return col >= col0 && row >= row0 && col < col0 + width && row < row0 + height;
    }
}
