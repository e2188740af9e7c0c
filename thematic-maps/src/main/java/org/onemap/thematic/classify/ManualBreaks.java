package org.onemap.thematic.classify;

import java.util.Arrays;

/**
 * Breaks the user typed. They must ascend strictly; the number of classes is theirs, so the
 * {@code classes} argument of {@link #classify} is ignored. Values outside {@code [first, last]} are
 * in no class and not counted ({@link Breaks#total()} tells how many were).
 */
public final class ManualBreaks implements Classifier {
    private final double[] breaks;

    public ManualBreaks(double... breaks) {
        if (breaks.length < 2) throw new IllegalArgumentException("manual classification needs at least 2 breaks");
        for (int i = 0; i < breaks.length; i++) {
            if (!Double.isFinite(breaks[i])) throw new IllegalArgumentException("manual break " + breaks[i] + " is not a number");
            if (i > 0 && !(breaks[i] > breaks[i - 1])) {
                throw new IllegalArgumentException("manual breaks must ascend strictly: " + Arrays.toString(breaks));
            }
        }
        this.breaks = breaks.clone();
    }

    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.MANUAL;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, 1);
        return new Breaks(method(), breaks, Breaks.countSorted(breaks, x));
    }
}
