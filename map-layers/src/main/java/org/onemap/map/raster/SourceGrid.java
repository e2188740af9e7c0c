package org.onemap.map.raster;

import org.onemap.core.crs.CoordinateTransform;
import org.onemap.map.render.Viewport;

/**
 * Fractional source-pixel positions of a viewport's device pixels, transformed exactly on a coarse
 * grid of nodes and bilinearly interpolated between them: one CRS transform per {@code step}² pixels,
 * done a row of nodes at a time through the batch {@link CoordinateTransform#transformInPlace}.
 */
final class SourceGrid {
    private final int step;
    private final int nodesX;
    private final double[] cols; // per node, NaN where the CRS transform failed
    private final double[] rows;

    private SourceGrid(int step, int nodesX, double[] cols, double[] rows) {
        this.step = step;
        this.nodesX = nodesX;
        this.cols = cols;
        this.rows = rows;
    }

    static SourceGrid of(Viewport view, CoordinateTransform toSource, GeoTransform level, int step) {
        int w = view.imageWidth();
        int h = view.imageHeight();
        int nx = w / step + 2;
        int ny = h / step + 2;
        double[] cols = new double[nx * ny];
        double[] rows = new double[nx * ny];
        double[] xy = new double[2 * nx];
        double[] px = new double[2];
        double ratio = view.pixelRatio();
        for (int j = 0; j < ny; j++) {
            double my = view.mercatorY((j * step + 0.5) / ratio);
            for (int i = 0; i < nx; i++) {
                xy[2 * i] = view.mercatorX((i * step + 0.5) / ratio);
                xy[2 * i + 1] = my;
            }
            boolean batchOk = true;
            try {
                toSource.transformInPlace(xy);
            } catch (IllegalArgumentException e) {
                batchOk = false; // some node is outside the projection's domain: redo one by one
            }
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double sx = xy[2 * i];
                double sy = xy[2 * i + 1];
                if (!batchOk) {
                    try {
                        double[] s = toSource.transform(view.mercatorX((i * step + 0.5) / ratio), my);
                        sx = s[0];
                        sy = s[1];
                    } catch (IllegalArgumentException e) {
                        sx = Double.NaN;
                        sy = Double.NaN;
                    }
                }
                level.toPixel(sx, sy, px, 0);
                cols[k] = px[0];
                rows[k] = px[1];
            }
        }
        return new SourceGrid(step, nx, cols, rows);
    }

    /** Source pixel bounds {minCol, minRow, maxCol, maxRow} of all nodes, or null if none is valid. */
    double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean any = false;
        for (int k = 0; k < cols.length; k++) {
            if (Double.isNaN(cols[k]) || Double.isNaN(rows[k]) || Double.isInfinite(cols[k]) || Double.isInfinite(rows[k])) continue;
            any = true;
            b[0] = Math.min(b[0], cols[k]);
            b[1] = Math.min(b[1], rows[k]);
            b[2] = Math.max(b[2], cols[k]);
            b[3] = Math.max(b[3], rows[k]);
        }
        return any ? b : null;
    }

    /** Writes the fractional source {col, row} of device pixel (x, y) into {@code out}; false if unknown. */
    boolean sourcePixel(int x, int y, double[] out) {
        int i = x / step;
        int j = y / step;
        double fx = (double) (x - i * step) / step;
        double fy = (double) (y - j * step) / step;
        int k = j * nodesX + i;
        out[0] = lerp(cols[k], cols[k + 1], cols[k + nodesX], cols[k + nodesX + 1], fx, fy);
        out[1] = lerp(rows[k], rows[k + 1], rows[k + nodesX], rows[k + nodesX + 1], fx, fy);
        return !Double.isNaN(out[0]) && !Double.isNaN(out[1]);
    }

    private static double lerp(double a, double b, double c, double d, double fx, double fy) {
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }
}
