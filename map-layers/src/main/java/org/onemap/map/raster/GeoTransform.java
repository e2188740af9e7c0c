package org.onemap.map.raster;

import org.locationtech.jts.geom.Envelope;

/**
 * The affine map from pixel space to CRS coordinates, in GDAL's order: the corner of pixel (0, 0) is
 * ({@code originX}, {@code originY}); one column right adds ({@code pixelWidth}, {@code rowRotation}…).
 * Pixel (col, row) covers [col, col+1) × [row, row+1); its centre is (col + 0.5, row + 0.5).
 *
 * <pre>x = originX + col·pixelWidth + row·columnRotation
 * y = originY + col·rowRotation + row·pixelHeight     (pixelHeight is negative for north-up)</pre>
 */
public record GeoTransform(double originX, double pixelWidth, double columnRotation,
                           double originY, double rowRotation, double pixelHeight) {

    public GeoTransform {
        double det = pixelWidth * pixelHeight - columnRotation * rowRotation;
        if (!Double.isFinite(det) || det == 0) {
            throw new IllegalArgumentException("degenerate geotransform (pixel size " + pixelWidth + " x " + pixelHeight + ")");
        }
    }

    /** A north-up transform from the top-left corner and a positive pixel size. */
    public static GeoTransform northUp(double west, double north, double sizeX, double sizeY) {
        return new GeoTransform(west, sizeX, 0, north, 0, -sizeY);
    }

    /** CRS x of pixel-space position (col, row) (fractional; use +0.5 for a pixel centre). */
    public double x(double col, double row) {
        return originX + col * pixelWidth + row * columnRotation;
    }

    /** CRS y of pixel-space position (col, row). */
    public double y(double col, double row) {
        return originY + col * rowRotation + row * pixelHeight;
    }

    /** Fractional pixel-space {col, row} of CRS position (x, y). */
    public double[] toPixel(double x, double y) {
        double[] out = new double[2];
        toPixel(x, y, out, 0);
        return out;
    }

    /** Writes the fractional {col, row} of (x, y) into {@code out[at]}, {@code out[at+1]} (the batch path). */
    public void toPixel(double x, double y, double[] out, int at) {
        double dx = x - originX;
        double dy = y - originY;
        double det = pixelWidth * pixelHeight - columnRotation * rowRotation;
        out[at] = (dx * pixelHeight - dy * columnRotation) / det;
        out[at + 1] = (dy * pixelWidth - dx * rowRotation) / det;
    }

    /** The same grid with pixels {@code fx} times wider and {@code fy} times taller (an overview level). */
    public GeoTransform scaled(double fx, double fy) {
        return new GeoTransform(originX, pixelWidth * fx, columnRotation * fy, originY, rowRotation * fx, pixelHeight * fy);
    }

    /** The CRS envelope of a {@code width} × {@code height} pixel grid. */
    public Envelope envelope(int width, int height) {
        Envelope e = new Envelope(x(0, 0), x(width, height), y(0, 0), y(width, height));
        e.expandToInclude(x(width, 0), y(width, 0));
        e.expandToInclude(x(0, height), y(0, height));
        return e;
    }

    /** Mean side of a pixel in CRS units (for picking an overview level). */
    public double meanPixelSize() {
        return Math.sqrt(Math.abs(pixelWidth * pixelHeight - columnRotation * rowRotation));
    }
}
