package org.onemap.thematic.classify;

/**
 * Geometric interval: class widths grow by a constant ratio {@code r = (max/min)^(1/K)}, so breaks are
 * {@code min·r^i} — suited to skewed, strictly positive data (populations, areas). Zero or negative values
 * have no geometric scale: they are rejected with an {@link IllegalArgumentException} rather than
 * silently shifted, since a shift would change what the breaks mean (normalise or use another method).
 */
public final class GeometricInterval implements Classifier {
    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.GEOMETRIC;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, classes);
        double min = x[0], max = x[x.length - 1];
        if (min <= 0) {
            throw new IllegalArgumentException("geometric interval needs values > 0, but the smallest is " + min
                    + " (use equal, quantile or jenks for zero or negative values)");
        }
        double r = Math.pow(max / min, 1.0 / classes);
        double[] b = new double[classes + 1];
        for (int i = 0; i <= classes; i++) b[i] = min * Math.pow(r, i);
        b[0] = min;
        b[classes] = max;
        return Breaks.fromCandidates(method(), b, x);
    }
}
