package org.onemap.datasources.h2gis;

/**
 * Position along a Hilbert curve over a {@code 2^ORDER × 2^ORDER} grid: points close on the curve are
 * close in the plane, so rows inserted in this order fill H2's R-tree one neighbourhood at a time.
 */
final class HilbertCurve {
    static final int ORDER = 15;
    static final int SIDE = 1 << ORDER;
    /** One past the last position: the key of rows without a location (they go last). */
    static final long END = (long) SIDE * SIDE;

    private HilbertCurve() {}

    /** The position of cell ({@code x}, {@code y}), both in {@code [0, SIDE)}. */
    static long index(int x, int y) {
        long d = 0;
        for (int s = SIDE >>> 1; s > 0; s >>>= 1) {
            int rx = (x & s) != 0 ? 1 : 0;
            int ry = (y & s) != 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) { // rotate the quadrant so the curve stays continuous
                if (rx == 1) {
                    x = SIDE - 1 - x;
                    y = SIDE - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    /** The cell of {@code v} in {@code [min, max]} along one axis. */
    static int cell(double v, double min, double max) {
        if (!(max > min)) return 0;
        int c = (int) ((v - min) / (max - min) * SIDE);
        return Math.max(0, Math.min(SIDE - 1, c));
    }
}
