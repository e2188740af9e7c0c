package org.onemap.thematic.classify;

/**
 * Quantile: upper bounds at the {@code i/K} quantiles, interpolated linearly between order statistics
 * (the rule of numpy's default percentile, used by PySAL mapclassify). Ties can make quantiles
 * coincide; coinciding breaks are merged, so heavily tied data gets fewer classes.
 */
public final class Quantile implements Classifier {
    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.QUANTILE;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, classes);
        int n = x.length;
        double[] b = new double[classes + 1];
        b[0] = x[0];
        for (int i = 1; i < classes; i++) {
            double pos = (double) i / classes * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, n - 1);
            b[i] = x[lo] + (pos - lo) * (x[hi] - x[lo]);
        }
        b[classes] = x[n - 1];
        return Breaks.fromCandidates(method(), b, x);
    }
}
