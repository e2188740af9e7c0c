package org.onemap.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.classify.Classifier;
import org.onemap.thematic.classify.JenksNaturalBreaks;

/**
 * Times exact Jenks natural breaks on 1,000,000 values (K = 5 and 7) and, as a baseline, the
 * divide-and-conquer programme against the textbook O(K·n²) scan on 10,000 values. Plain main, no JMH:
 * each case runs twice to warm up, then {@code runs} times; the median wall time is printed.
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.onemap.bench.JenksBenchmark [runs]</pre>
 */
public final class JenksBenchmark {
    private JenksBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d timed runs per case (median)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs);
        double[] continuous = continuous(1_000_000, 430300);
        double[] parcels = parcelAreas(1_000_000, 430300);
        for (int k : new int[] {5, 7}) {
            time("1M continuous values (all distinct), k=" + k, new JenksNaturalBreaks(), continuous, k, runs);
            time("1M parcel areas (mu, 0.01 steps, ties), k=" + k, new JenksNaturalBreaks(), parcels, k, runs);
        }
        double[] small = Arrays.copyOf(continuous, 10_000);
        for (int k : new int[] {5, 7}) {
            Breaks fast = time("10k continuous, divide-and-conquer, k=" + k, new JenksNaturalBreaks(), small, k, runs);
            Breaks slow = time("10k continuous, full O(k·n²) scan, k=" + k, JenksNaturalBreaks.fullScan(), small, k, runs);
            if (!fast.equals(slow)) {
                System.out.println("  !! results differ: " + fast + " vs " + slow);
            }
        }
    }

    /** Log-normal, like output values or populations: continuous, skewed, no ties. */
    static double[] continuous(int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.exp(rnd.nextGaussian() * 0.9 + 1.5);
        return x;
    }

    /** Parcel areas in mu rounded to 0.01 as the generator stores them: many ties. */
    static double[] parcelAreas(int n, long seed) {
        double[] x = continuous(n, seed + 1);
        for (int i = 0; i < n; i++) x[i] = Math.round(x[i] * 100) / 100.0;
        return x;
    }

    private static Breaks time(String label, Classifier c, double[] values, int k, int runs) {
        Breaks result = null;
        for (int i = 0; i < 2; i++) result = c.classify(values, k);
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = c.classify(values, k);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-52s median %6d ms  (min %d, max %d)  breaks %s%n",
                label, ms[runs / 2], ms[0], ms[runs - 1], Arrays.toString(round(result.breaks())));
        return result;
    }

    private static double[] round(double[] b) {
        return Arrays.stream(b).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }
}
