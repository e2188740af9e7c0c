package org.onemap.thematic.classify;

/**
 * Equal interval: {@code K} classes of width {@code (max - min) / K}. Classes may be empty; a single
 * distinct value gives one class {@code [v, v]}.
 */
public final class EqualInterval implements Classifier {
    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.EQUAL;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, classes);
        double min = x[0], max = x[x.length - 1];
        double[] b = new double[classes + 1];
        for (int i = 0; i <= classes; i++) b[i] = min + (max - min) * i / classes;
        b[classes] = max; // no rounding drift may leave the maximum out
        return Breaks.fromCandidates(method(), b, x);
    }
}
