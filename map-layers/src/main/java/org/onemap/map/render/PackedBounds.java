package org.onemap.map.render;

/** Feature bounds packed four floats each (minX, minY, maxX, maxY), as the render cache keeps them. */
final class PackedBounds {
    private PackedBounds() {}

    /** The union of the first {@code n} bounds, packed the same way; infinities (min > max) when {@code n} is 0. */
    static float[] union(float[] b, int n) {
        float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, b[4 * i]);
            y0 = Math.min(y0, b[4 * i + 1]);
            x1 = Math.max(x1, b[4 * i + 2]);
            y1 = Math.max(y1, b[4 * i + 3]);
        }
        return new float[] {x0, y0, x1, y1};
    }
}
