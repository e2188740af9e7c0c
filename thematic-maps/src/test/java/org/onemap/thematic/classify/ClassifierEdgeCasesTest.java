package org.onemap.thematic.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The shared contract of {@link Classifier} for every method, then each method's own rule. */
class ClassifierEdgeCasesTest {
    private static Classifier of(ClassificationMethod m) {
        return m == ClassificationMethod.MANUAL ? new ManualBreaks(0, 5, 10) : m.classifier();
    }

    @ParameterizedTest
    @EnumSource(ClassificationMethod.class)
    void skipsNullsPassedAsNaN(ClassificationMethod m) {
        Breaks b = of(m).classify(new double[] {Double.NaN, 1, 2, 3, Double.NaN, 8, Double.POSITIVE_INFINITY}, 3);
        assertEquals(4, b.total(), b::toString);
        if (m != ClassificationMethod.MANUAL) assertEquals(1, b.lower(0), b::toString);
    }

    @ParameterizedTest
    @EnumSource(ClassificationMethod.class)
    void singleValueGivesOneClassHoldingEverything(ClassificationMethod m) {
        if (m == ClassificationMethod.MANUAL) return; // manual breaks are the user's, whatever the data
        Breaks b = of(m).classify(new double[] {4, 4, 4, 4}, 5);
        assertArrayEquals(new double[] {4, 4}, b.breaks(), 0, b::toString);
        assertArrayEquals(new int[] {4}, b.counts(), b::toString);
    }

    @ParameterizedTest
    @EnumSource(ClassificationMethod.class)
    void allNullIsAnError(ClassificationMethod m) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> of(m).classify(new double[] {Double.NaN, Double.NaN}, 3));
        assertTrue(e.getMessage().contains("no values"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ClassificationMethod.class, names = {"EQUAL", "QUANTILE", "JENKS", "STDDEV", "GEOMETRIC"})
    void zeroClassesIsAnError(ClassificationMethod m) {
        assertThrows(IllegalArgumentException.class, () -> m.classifier().classify(new double[] {1, 2}, 0));
    }

    @ParameterizedTest
    @EnumSource(value = ClassificationMethod.class, names = {"EQUAL", "QUANTILE", "JENKS", "STDDEV"})
    void handlesNegativesAndCountsEveryValue(ClassificationMethod m) {
        double[] x = {-50, -20, -3, -1, 0, 2, 4, 30, 31, 90};
        Breaks b = m.classifier().classify(x, 4);
        assertEquals(-50, b.lower(0));
        assertEquals(90, b.upper(b.classes() - 1));
        assertEquals(x.length, b.total(), b::toString);
    }

    @ParameterizedTest
    @EnumSource(value = ClassificationMethod.class, names = {"QUANTILE", "JENKS", "STDDEV", "EQUAL"})
    void fewerValuesThanClassesNeverRepeatsABreak(ClassificationMethod m) {
        Breaks b = m.classifier().classify(new double[] {1, 5}, 6);
        double[] br = b.breaks();
        for (int i = 2; i < br.length; i++) assertTrue(br[i] > br[i - 1], b::toString);
        assertEquals(2, b.total(), b::toString);
        assertEquals(1, b.lower(0));
        assertEquals(5, b.upper(b.classes() - 1));
    }

    @Test
    void equalIntervalCutsTheRangeEvenly() {
        Breaks b = new EqualInterval().classify(new double[] {0, 1, 2, 10}, 5);
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, b.breaks(), 1e-12);
        assertArrayEquals(new int[] {3, 0, 0, 0, 1}, b.counts(), "classes are (a, b], the first [a, b]");
    }

    @Test
    void quantileInterpolatesLikeNumpyAndMergesTies() {
        Breaks b = new Quantile().classify(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 4);
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, b.breaks(), 1e-12);
        assertArrayEquals(new int[] {3, 2, 2, 2}, b.counts());
        Breaks tied = new Quantile().classify(new double[] {1, 1, 1, 1, 1, 1, 2, 3}, 4);
        assertArrayEquals(new double[] {1, 1, 1.25, 3}, tied.breaks(), 1e-12, tied::toString);
        assertArrayEquals(new int[] {6, 0, 2}, tied.counts(), tied::toString);
    }

    @Test
    void standardDeviationCentresOnTheMean() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9}; // mean 5, population sd 2
        Breaks even = new StandardDeviation().classify(x, 4);
        assertArrayEquals(new double[] {2, 3, 5, 7, 9}, even.breaks(), 1e-12, even::toString);
        Breaks odd = new StandardDeviation().classify(x, 3);
        assertArrayEquals(new double[] {2, 4, 6, 9}, odd.breaks(), 1e-12, odd::toString);
        Breaks wide = new StandardDeviation().classify(x, 7); // ±2.5σ lies beyond the data: dropped
        assertArrayEquals(new double[] {2, 4, 6, 8, 9}, wide.breaks(), 1e-12, wide::toString);
    }

    @Test
    void geometricIntervalGrowsByAConstantRatio() {
        Breaks b = new GeometricInterval().classify(new double[] {1, 3, 9, 50, 1000}, 3);
        assertArrayEquals(new double[] {1, 10, 100, 1000}, b.breaks(), 1e-9);
        assertArrayEquals(new int[] {3, 1, 1}, b.counts());
    }

    @Test
    void geometricIntervalRejectsZeroAndNegativesWithAnExplanation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeometricInterval().classify(new double[] {-2, 5, 9}, 3));
        assertTrue(e.getMessage().contains("values > 0") && e.getMessage().contains("-2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GeometricInterval().classify(new double[] {0, 5}, 2));
    }

    @Test
    void manualBreaksCountOnlyValuesInsideThem() {
        Breaks b = new ManualBreaks(0, 5, 10).classify(new double[] {-1, 0, 5, 5.5, 10, 11}, 99);
        assertArrayEquals(new int[] {2, 2}, b.counts());
        assertEquals(-1, b.classOf(11));
        assertThrows(IllegalArgumentException.class, () -> new ManualBreaks(0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new ManualBreaks(3));
    }

    @Test
    void methodsParseFromTheirCliNames() {
        for (ClassificationMethod m : EnumSet.allOf(ClassificationMethod.class)) {
            assertEquals(m, ClassificationMethod.fromName(m.cliName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassificationMethod.fromName("kmeans"));
        assertTrue(e.getMessage().contains("jenks"), e.getMessage());
    }
}
