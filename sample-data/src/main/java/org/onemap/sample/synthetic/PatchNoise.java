package org.onemap.sample.synthetic;

/**
 * Smooth value noise in [0, 1] over grid cells: a hash of the seed and lattice corners every
 * {@code scale} cells, blended with smoothstep. Farmland accepted where it is high forms irregular
 * patches instead of discs; a pure function of (seed, x, y), so it needs no state.
 */
final class PatchNoise {
    private final long seed;
    private final int scale;

    PatchNoise(long seed, int scale) {
        this.seed = seed;
        this.scale = scale;
    }

    double at(int x, int y) {
        int x0 = Math.floorDiv(x, scale);
        int y0 = Math.floorDiv(y, scale);
        double fx = smooth((x - x0 * scale) / (double) scale);
        double fy = smooth((y - y0 * scale) / (double) scale);
        double a = lattice(x0, y0), b = lattice(x0 + 1, y0), c = lattice(x0, y0 + 1), d = lattice(x0 + 1, y0 + 1);
        double bottom = a + (b - a) * fx;
        double top = c + (d - c) * fx;
        return bottom + (top - bottom) * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private double lattice(int x, int y) {
        long h = mix(seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
