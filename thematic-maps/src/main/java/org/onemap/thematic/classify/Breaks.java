package org.onemap.thematic.classify;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of a classification: {@code K+1} ascending break values (the minimum first, then each
 * class's upper bound) and how many values fell in each of the {@code K} classes.
 * Class {@code i} is {@code (breaks[i], breaks[i+1]]}, the first class closed on both ends.
 */
public record Breaks(ClassificationMethod method, double[] breaks, int[] counts) {
    public Breaks {
        Objects.requireNonNull(method, "method");
        breaks = breaks.clone();
        counts = counts.clone();
        if (breaks.length < 2) throw new IllegalArgumentException("a classification needs at least 2 breaks, got " + breaks.length);
        if (counts.length != breaks.length - 1) {
            throw new IllegalArgumentException(counts.length + " counts for " + (breaks.length - 1) + " classes");
        }
        for (int i = 1; i < breaks.length; i++) {
            if (!(breaks[i] >= breaks[i - 1]) || (i > 1 && breaks[i] == breaks[i - 1])) {
                throw new IllegalArgumentException("breaks must ascend (only the first class may be a single value): " + Arrays.toString(breaks));
            }
        }
    }

    /**
     * Builds breaks from candidate values over {@code sorted} (ascending, finite) data: drops repeated
     * candidates (keeping a first upper bound equal to the minimum) and counts values per class.
     */
    static Breaks fromCandidates(ClassificationMethod method, double[] candidates, double[] sorted) {
        double[] kept = new double[candidates.length];
        int n = 0;
        for (double c : candidates) {
            if (n == 0 || c > kept[n - 1] || (n == 1 && c == kept[0])) kept[n++] = c;
        }
        if (n == 1) kept[n++] = kept[0]; // all candidates equal: one class holding a single value
        double[] b = Arrays.copyOf(kept, n);
        return new Breaks(method, b, countSorted(b, sorted));
    }

    static int[] countSorted(double[] b, double[] sorted) {
        int[] counts = new int[b.length - 1];
        for (double v : sorted) {
            int c = classOf(b, v);
            if (c >= 0) counts[c]++;
        }
        return counts;
    }

    /** Number of classes, {@code breaks().length - 1}. */
    public int classes() {
        return counts.length;
    }

    public double lower(int cls) {
        return breaks[cls];
    }

    public double upper(int cls) {
        return breaks[cls + 1];
    }

    /** Total of the counts: the values that fell inside the breaks. */
    public long total() {
        long t = 0;
        for (int c : counts) t += c;
        return t;
    }

    /** The class holding {@code value}, or -1 for NaN or a value outside {@code [breaks[0], breaks[K]]}. */
    public int classOf(double value) {
        return classOf(breaks, value);
    }

    private static int classOf(double[] b, double v) {
        if (!(v >= b[0]) || v > b[b.length - 1]) return -1;
        // first upper bound >= v, searched over b[1..K]
        int lo = 1, hi = b.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (b[mid] >= v) hi = mid; else lo = mid + 1;
        }
        return lo - 1;
    }

    @Override
    public double[] breaks() {
        return breaks.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Breaks b && method == b.method && Arrays.equals(breaks, b.breaks) && Arrays.equals(counts, b.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * method.hashCode() + Arrays.hashCode(breaks)) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Breaks[" + method + " " + Arrays.toString(breaks) + " counts " + Arrays.toString(counts) + "]";
    }
}
