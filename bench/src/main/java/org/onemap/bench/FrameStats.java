package org.onemap.bench;

import java.util.Arrays;
import java.util.Locale;

/** A growable list of durations in milliseconds with the percentiles a benchmark reports. */
final class FrameStats {
    private double[] v = new double[256];
    private int n;

    void add(double ms) {
        if (n == v.length) v = Arrays.copyOf(v, n * 2);
        v[n++] = ms;
    }

    int count() { return n; }

    /** The {@code p}-th percentile (nearest rank), or NaN when empty. */
    double percentile(double p) {
        if (n == 0) return Double.NaN;
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return s[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** How many values exceed {@code ms}. */
    int over(double ms) {
        int c = 0;
        for (int i = 0; i < n; i++) if (v[i] > ms) c++;
        return c;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", n, percentile(50), percentile(95),
                percentile(99), percentile(100));
    }
}
