package org.onemap.thematic.classify;

import java.util.Arrays;

/**
 * Exact Jenks natural breaks (Fisher–Jenks): the partition of the sorted values into {@code K}
 * contiguous classes with the least total within-class sum of squared deviations (SSE). It is exact,
 * not Jenks' 1977 iterative approximation, and it never splits equal values across two classes.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Sort the finite values and collapse ties into {@code m ≤ n} distinct values with weights (counts).
 *       A class boundary can only fall between distinct values, so nothing is lost, and data with many
 *       ties (areas rounded to 0.01 mu, integer counts) gets much cheaper.</li>
 *   <li>Prefix sums of weight, {@code w·x} and {@code w·x²} (on values centred on the mean, to keep
 *       the subtraction well conditioned) give any class's SSE in O(1):
 *       {@code SSE(i,j) = Q[j]-Q[i] - (S[j]-S[i])² / (W[j]-W[i])}.</li>
 *   <li>Fisher's dynamic programme: {@code D[c][j] = min_{i<j} D[c-1][i] + SSE(i,j)}, the least SSE of the
 *       first {@code j} distinct values in {@code c} classes. SSE of sorted data satisfies the quadrangle
 *       (Monge) inequality, so the optimal split {@code opt(j)} never decreases with {@code j} (Wang &amp;
 *       Song 2011, Ckmeans.1d.dp; Grønlund et al. 2017, "Fast exact k-means, k-medians and Bregman
 *       divergence clustering in 1D"). Each layer is therefore filled by divide and conquer: solve the
 *       middle {@code j} by a scan, then recurse left and right with the split range cut at its optimum.
 *       The last layer needs only {@code D[K][m]}, one linear scan.</li>
 *   <li>Backtrack the stored splits to the {@code K-1} inner breaks: each class's largest value.</li>
 * </ol>
 * <b>Complexity:</b> O(n log n) to sort, then O(K·m·log m) time and O(K·m) memory (the split table) for
 * the programme, against O(K·m²) for the textbook scan ({@link #fullScan()}, kept as a cross-check and
 * benchmark baseline). One million values, K = 7, take well under a second on the 2-core build machine (BENCHMARKS.md).
 *
 * <p>Fewer distinct values than classes give one class per distinct value. References: W. D. Fisher,
 * "On grouping for maximum homogeneity", JASA 53 (1958); G. F. Jenks, "Optimal data classification for
 * choropleth maps" (1977).
 */
public final class JenksNaturalBreaks implements Classifier {
    private final boolean divideAndConquer;

    /** The O(K·m·log m) divide-and-conquer programme. */
    public JenksNaturalBreaks() {
        this(true);
    }

    private JenksNaturalBreaks(boolean divideAndConquer) {
        this.divideAndConquer = divideAndConquer;
    }

    /** The textbook O(K·m²) programme: same answer, kept to check and to time the fast one against. */
    public static JenksNaturalBreaks fullScan() {
        return new JenksNaturalBreaks(false);
    }

    @Override
    public ClassificationMethod method() {
        return ClassificationMethod.JENKS;
    }

    @Override
    public Breaks classify(double[] values, int classes) {
        double[] x = SortedValues.of(values, classes);
        double[] v = new double[x.length];
        double[] w = new double[x.length];
        int m = 0;
        for (double d : x) {
            if (m > 0 && v[m - 1] == d) {
                w[m - 1]++;
            } else {
                v[m] = d;
                w[m++] = 1;
            }
        }
        int k = Math.min(classes, m);
        int[] starts = k == 1 ? new int[] {0} : optimalStarts(new ClassCost(Arrays.copyOf(v, m), Arrays.copyOf(w, m)), m, k);
        double[] b = new double[k + 1];
        b[0] = v[0];
        for (int c = 1; c < k; c++) b[c] = v[starts[c] - 1];
        b[k] = v[m - 1];
        return Breaks.fromCandidates(method(), b, x);
    }

    /** First distinct-value index of each of the {@code k} classes of the optimal partition. */
    private int[] optimalStarts(ClassCost cost, int m, int k) {
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) prev[j] = cost.sse(0, j);
        int[][] split = new int[k + 1][];
        for (int c = 2; c <= k; c++) {
            int[] arg = new int[m + 1];
            split[c] = arg;
            if (c == k) {
                scan(prev, cur, arg, cost, c, m, c - 1, m - 1);
            } else {
                int hi = m - (k - c); // leave at least one value for each later class
                if (divideAndConquer) {
                    solve(prev, cur, arg, cost, c, c, hi, c - 1, hi - 1);
                } else {
                    for (int j = c; j <= hi; j++) scan(prev, cur, arg, cost, c, j, c - 1, j - 1);
                }
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        int[] starts = new int[k];
        int j = m;
        for (int c = k; c >= 2; c--) {
            j = split[c][j];
            starts[c - 1] = j;
        }
        return starts;
    }

    /** Fills cur[j] for j in [jlo, jhi], knowing the optimal split lies in [optlo, opthi]. */
    private static void solve(double[] prev, double[] cur, int[] arg, ClassCost cost, int c,
                              int jlo, int jhi, int optlo, int opthi) {
        if (jlo > jhi) return;
        int mid = (jlo + jhi) >>> 1;
        scan(prev, cur, arg, cost, c, mid, optlo, Math.min(opthi, mid - 1));
        solve(prev, cur, arg, cost, c, jlo, mid - 1, optlo, arg[mid]);
        solve(prev, cur, arg, cost, c, mid + 1, jhi, arg[mid], opthi);
    }

    /** cur[j] = min over i in [lo, hi] of prev[i] + SSE(i, j); the leftmost best i goes to arg[j]. */
    private static void scan(double[] prev, double[] cur, int[] arg, ClassCost cost, int c, int j, int lo, int hi) {
        double best = Double.POSITIVE_INFINITY;
        int bestI = Math.max(lo, c - 1);
        for (int i = Math.max(lo, c - 1); i <= hi; i++) {
            double d = prev[i] + cost.sse(i, j);
            if (d < best) {
                best = d;
                bestI = i;
            }
        }
        cur[j] = best;
        arg[j] = bestI;
    }

    /** Total within-class squared deviation of the optimal partition's classes; used by tests and the benchmark. */
    public static double totalSse(double[] values, Breaks breaks) {
        int k = breaks.classes();
        double[] sum = new double[k], sq = new double[k];
        long[] n = new long[k];
        for (double v : values) {
            int c = breaks.classOf(v);
            if (c < 0) continue;
            sum[c] += v;
            sq[c] += v * v;
            n[c]++;
        }
        double t = 0;
        for (int c = 0; c < k; c++) if (n[c] > 0) t += sq[c] - sum[c] * sum[c] / n[c];
        return t;
    }
}
