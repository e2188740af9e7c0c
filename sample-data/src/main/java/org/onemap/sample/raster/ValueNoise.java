package org.onemap.sample.raster;

/**
 * Deterministic smooth noise in [0, 1]: random values on an integer lattice (hashed from the seed,
 * no state), blended with a smoothstep, summed over octaves (fractal Brownian motion). Enough for
 * plausible relief; not meant to look like any real place in detail.
 */
final class ValueNoise {
    private final long seed;

    ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Fractal noise at (x, y) in lattice units, {@code octaves} layers each twice as fine and half as strong. */
    double fbm(double x, double y, int octaves) {
        double sum = 0;
        double amp = 1;
        double norm = 0;
        double f = 1;
        for (int o = 0; o < octaves; o++) {
            sum += amp * at(x * f + o * 17.3, y * f - o * 9.1);
            norm += amp;
            amp *= 0.5;
            f *= 2;
        }
        return sum / norm;
    }

    /** Single-octave smooth noise. */
    double at(double x, double y) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        double fx = smooth(x - x0);
        double fy = smooth(y - y0);
        double a = lattice(x0, y0);
        double b = lattice(x0 + 1, y0);
        double c = lattice(x0, y0 + 1);
        double d = lattice(x0 + 1, y0 + 1);
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private double lattice(long x, long y) {
        long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
