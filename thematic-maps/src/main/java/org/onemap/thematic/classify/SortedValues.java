package org.onemap.thematic.classify;

import java.util.Arrays;

/** The finite values of an input, sorted ascending: what every classifier works on. */
final class SortedValues {
    private SortedValues() {}

    static double[] of(double[] values, int classes) {
        if (classes < 1) throw new IllegalArgumentException("the number of classes must be at least 1, got " + classes);
        double[] out = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) out[n++] = v == 0.0 ? 0.0 : v; // -0.0 sorts before 0.0; treat them alike
        }
        if (n == 0) throw new IllegalArgumentException("no values to classify: all " + values.length + " are null or NaN");
        out = n == out.length ? out : Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }
}
