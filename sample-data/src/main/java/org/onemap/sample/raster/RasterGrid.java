package org.onemap.sample.raster;

/**
 * A north-up lon/lat (EPSG:4326) grid: top-left corner ({@code west}, {@code north}), square cells of
 * {@code cell} degrees, {@code cols} × {@code rows} cells, row 0 at the north. Arrays over the grid are
 * row-major ({@code row * cols + col}).
 */
public record RasterGrid(double west, double north, double cell, int cols, int rows) {

    public RasterGrid {
        if (cols <= 0 || rows <= 0 || !(cell > 0)) throw new IllegalArgumentException("empty grid " + cols + "x" + rows + " @ " + cell);
    }

    /** Longitude of the centre of column {@code col}. */
    public double lon(int col) { return west + (col + 0.5) * cell; }

    /** Latitude of the centre of row {@code row}. */
    public double lat(int row) { return north - (row + 0.5) * cell; }

    /** Column containing longitude {@code lon} (may fall outside 0…cols-1). */
    public int col(double lon) { return (int) Math.floor((lon - west) / cell); }

    /** Row containing latitude {@code lat} (may fall outside 0…rows-1). */
    public int row(double lat) { return (int) Math.floor((north - lat) / cell); }

    public double east() { return west + cols * cell; }

    public double south() { return north - rows * cell; }

    public int size() { return cols * rows; }
}
