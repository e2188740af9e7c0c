package org.onemap.thematic.classify;

import java.util.Arrays;

/**
 * Standard deviation: classes one (population) standard deviation wide, centred on the mean. For odd
 * {@code K} the middle class straddles the mean ({@code mean ± 0.5σ}); for even {@code K} the mean is a
 * break. Inner breaks are {@code mean + (i - K/2)·σ}, {@code i = 1..K-1}; those outside the data range are
 * dropped (the outer classes stretch to the minimum and maximum), so data with short tails gets fewer
 * classes than asked. A single distinct value ({@code σ = 0}) gives one class.
 */
public final class StandardDeviation implements Classifier {
    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.STDDEV;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, classes);
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / x.length);
        double min = x[0], max = x[x.length - 1];
        double[] b = new double[classes + 1];
        int n = 0;
        b[n++] = min;
        for (int i = 1; i < classes; i++) {
            double br = mean + (i - classes / 2.0) * sd;
            if (br > min && br < max) b[n++] = br;
        }
        b[n++] = max;
        return Breaks.fromCandidates(method(), Arrays.copyOf(b, n), x);
    }
}
