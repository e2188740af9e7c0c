package org.onemap.thematic.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JenksNaturalBreaksTest {
    private final JenksNaturalBreaks jenks = new JenksNaturalBreaks();

    /** jenkspy's test suite (github.com/mthh/jenkspy, tests/test_jenks.py, data2, 4 classes). */
    @Test
    void matchesTheJenkspyReferenceExample() {
        double[] data = {132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416,
                963, 359, 1422, 658, 73, 1326, 245, 848, 683, 255, 1223,
                253, 654, 736, 1079, 39, 583, 1367, 1237, 327, 1083, 328,
                951, 678, 927, 301, 96, 297, 179, 230, 767, 1248, 1, 37,
                1352, 1009, 663, 1283, 679, 230};
        Breaks b = jenks.classify(data, 4);
        assertArrayEquals(new double[] {1, 416, 767, 1083, 1424}, b.breaks(), 0, b::toString);
        // jenkspy's groups_: 20, 9, 10 and 11 values
        assertArrayEquals(new int[] {20, 9, 10, 11}, b.counts(), b::toString);
    }

    /** jenkspy README: JenksNaturalBreaks(4) on 0..11 gives breaks [0, 2, 5, 8, 11]. */
    @Test
    void matchesTheJenkspyReadmeExample() {
        double[] data = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertArrayEquals(new double[] {0, 2, 5, 8, 11}, jenks.classify(data, 4).breaks(), 0);
    }

    @Test
    void agreesWithBruteForceOnSmallRandomInputsWithTiesAndNegatives() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rnd.nextInt(11);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 3 == 0 ? rnd.nextInt(6) - 2 : Math.round((rnd.nextGaussian() * 50 - 10) * 100) / 100.0;
            }
            int k = 1 + rnd.nextInt(5);
            Breaks fast = jenks.classify(x, k);
            Breaks slow = JenksNaturalBreaks.fullScan().classify(x, k);
            double best = bruteForceSse(x, k);
            String where = "input " + Arrays.toString(x) + " k=" + k + " -> " + fast;
            assertEquals(best, JenksNaturalBreaks.totalSse(x, fast), 1e-6, where);
            assertEquals(best, JenksNaturalBreaks.totalSse(x, slow), 1e-6, "full scan: " + where);
            assertEquals(Math.min(k, distinct(x)), fast.classes(), where);
            assertEquals(n, fast.total(), where);
        }
    }

    @Test
    void divideAndConquerMatchesFullScanOnLargerSkewedData() {
        Random rnd = new Random(7);
        double[] x = new double[3000];
        for (int i = 0; i < x.length; i++) x[i] = Math.round(Math.exp(rnd.nextGaussian() * 1.2) * 100) / 100.0;
        for (int k : new int[] {2, 5, 7, 9}) {
            Breaks fast = jenks.classify(x, k);
            Breaks slow = JenksNaturalBreaks.fullScan().classify(x, k);
            assertEquals(JenksNaturalBreaks.totalSse(x, slow), JenksNaturalBreaks.totalSse(x, fast), 1e-6, "k=" + k);
        }
    }

    @Test
    void divideAndConquerMatchesFullScanOnTiedBimodalAndNegativeData() {
        Random rnd = new Random(11);
        double[] ties = new double[2000], bimodal = new double[2000];
        for (int i = 0; i < 2000; i++) {
            ties[i] = rnd.nextInt(40);
            bimodal[i] = (i % 2 == 0 ? -500 : 300) + rnd.nextGaussian() * 40;
        }
        for (double[] x : new double[][] {ties, bimodal}) {
            for (int k : new int[] {3, 6, 10}) {
                Breaks fast = jenks.classify(x, k);
                Breaks slow = JenksNaturalBreaks.fullScan().classify(x, k);
                assertEquals(JenksNaturalBreaks.totalSse(x, slow), JenksNaturalBreaks.totalSse(x, fast),
                        1e-9 * (1 + JenksNaturalBreaks.totalSse(x, slow)), "k=" + k + " " + fast + " vs " + slow);
            }
        }
    }

    @Test
    void neverSplitsTiesAcrossClasses() {
        double[] x = {1, 1, 1, 1, 2, 2, 2, 9, 9, 10};
        Breaks b = jenks.classify(x, 3);
        for (double v : new double[] {1, 2, 9}) {
            long classesHolding = Arrays.stream(x).filter(d -> d == v).map(b::classOf).distinct().count();
            assertEquals(1, classesHolding, v + " split across classes in " + b);
        }
    }

    @Test
    void skipsNaNsWhichIsHowNullsArrive() {
        Breaks b = jenks.classify(new double[] {Double.NaN, 1, 2, Double.NaN, 10, 11}, 2);
        assertArrayEquals(new double[] {1, 2, 11}, b.breaks(), 0);
        assertEquals(4, b.total());
    }

    @Test
    void singleValueGivesOneClass() {
        Breaks b = jenks.classify(new double[] {3.5, 3.5, 3.5}, 5);
        assertArrayEquals(new double[] {3.5, 3.5}, b.breaks(), 0);
        assertArrayEquals(new int[] {3}, b.counts());
    }

    @Test
    void fewerDistinctValuesThanClassesGiveOneClassPerValue() {
        Breaks b = jenks.classify(new double[] {-4, 7, 7, 20}, 6);
        assertArrayEquals(new double[] {-4, -4, 7, 20}, b.breaks(), 0);
        assertArrayEquals(new int[] {1, 2, 1}, b.counts());
    }

    @Test
    void rejectsNoValuesAndZeroClasses() {
        assertThrows(IllegalArgumentException.class, () -> jenks.classify(new double[] {Double.NaN}, 3));
        assertThrows(IllegalArgumentException.class, () -> jenks.classify(new double[] {1, 2}, 0));
    }

    private static int distinct(double[] x) {
        TreeSet<Double> s = new TreeSet<>();
        for (double v : x) s.add(v);
        return s.size();
    }

    /** Least SSE over every way to cut the distinct sorted values into min(k, m) contiguous runs. */
    private static double bruteForceSse(double[] x, int k) {
        double[] d = new TreeSet<>(Arrays.stream(x).boxed().toList()).stream().mapToDouble(Double::doubleValue).toArray();
        int kk = Math.min(k, d.length);
        return cut(x, d, 0, kk);
    }

    private static double cut(double[] x, double[] d, int from, int classes) {
        if (classes == 1) return sse(x, d[from], d[d.length - 1]);
        double best = Double.POSITIVE_INFINITY;
        for (int end = from; end <= d.length - classes; end++) {
            best = Math.min(best, sse(x, d[from], d[end]) + cut(x, d, end + 1, classes - 1));
        }
        return best;
    }

    private static double sse(double[] x, double lo, double hi) {
        double s = 0, n = 0;
        for (double v : x) if (v >= lo && v <= hi) { s += v; n++; }
        double mean = s / n, t = 0;
        for (double v : x) if (v >= lo && v <= hi) t += (v - mean) * (v - mean);
        return t;
    }
}
