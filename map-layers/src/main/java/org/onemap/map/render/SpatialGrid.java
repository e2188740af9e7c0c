package org.onemap.map.render;

import java.util.function.IntConsumer;

/**
 * A uniform grid over packed feature bounds (minX, minY, maxX, maxY per feature), stored as two int
 * arrays (cell offsets, feature indices). A feature is listed in every cell its bounds meet; a search
 * reports it once, from the first cell where its bounds and the search box overlap, so no "seen" set
 * is needed and searches from many threads share nothing mutable.
 */
final class SpatialGrid {
    private static final int FEATURES_PER_CELL = 4;

    private final float minX;
    private final float minY;
    private final float cellW;
    private final float cellH;
    private final int cols;
    private final int rows;
    private final int[] cellStart;   // cols * rows + 1
    private final int[] items;
    private final float[] b;

    SpatialGrid(float[] bounds, int n) {
        this.b = bounds;
        float[] u = PackedBounds.union(bounds, n);
        float x0 = u[0], y0 = u[1], x1 = u[2], y1 = u[3];
        if (n == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        float w = Math.max(x1 - x0, 1e-3f);
        float h = Math.max(y1 - y0, 1e-3f);
        double cells = Math.max(1, n / (double) FEATURES_PER_CELL);
        double side = Math.sqrt(w * (double) h / cells);
        cols = (int) Math.max(1, Math.min(4096, Math.ceil(w / side)));
        rows = (int) Math.max(1, Math.min(4096, Math.ceil(h / side)));
        minX = x0;
        minY = y0;
        cellW = w / cols;
        cellH = h / rows;
        cellStart = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            int cx0 = col(bounds[4 * i]), cx1 = col(bounds[4 * i + 2]);
            int cy0 = row(bounds[4 * i + 1]), cy1 = row(bounds[4 * i + 3]);
            for (int cy = cy0; cy <= cy1; cy++) for (int cx = cx0; cx <= cx1; cx++) cellStart[cy * cols + cx + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
        items = new int[cellStart[cols * rows]];
        int[] fill = java.util.Arrays.copyOf(cellStart, cols * rows);
        for (int i = 0; i < n; i++) {
            int cx0 = col(bounds[4 * i]), cx1 = col(bounds[4 * i + 2]);
            int cy0 = row(bounds[4 * i + 1]), cy1 = row(bounds[4 * i + 3]);
            for (int cy = cy0; cy <= cy1; cy++) for (int cx = cx0; cx <= cx1; cx++) items[fill[cy * cols + cx]++] = i;
        }
    }

    private int col(float x) { return Math.max(0, Math.min(cols - 1, (int) ((x - minX) / cellW))); }

    private int row(float y) { return Math.max(0, Math.min(rows - 1, (int) ((y - minY) / cellH))); }

    /** Reports each feature whose bounds meet the box, once. */
    void search(float qx0, float qy0, float qx1, float qy1, IntConsumer hit) {
        if (qx1 < minX || qy1 < minY || qx0 > minX + cellW * cols || qy0 > minY + cellH * rows) return;
        int cx0 = col(qx0), cx1 = col(qx1), cy0 = row(qy0), cy1 = row(qy1);
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = cy * cols + cx;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = items[k];
                    float fx0 = b[4 * i], fy0 = b[4 * i + 1], fx1 = b[4 * i + 2], fy1 = b[4 * i + 3];
                    if (fx1 < qx0 || fx0 > qx1 || fy1 < qy0 || fy0 > qy1) continue;
                    // Report from the first cell shared by the feature and the box only.
                    if (cx != Math.max(cx0, col(fx0)) || cy != Math.max(cy0, row(fy0))) continue;
                    hit.accept(i);
                }
            }
        }
    }

    long bytes() { return 4L * (cellStart.length + items.length); }
}
