package org.onemap.thematic.classify;

/** O(1) within-class SSE of any run of weighted distinct values, from centred prefix sums. */
final class ClassCost {
    private final double[] weight;
    private final double[] sum;
    private final double[] squares;

    ClassCost(double[] values, double[] weights) {
        int m = values.length;
        double total = 0, n = 0;
        for (int i = 0; i < m; i++) {
            total += values[i] * weights[i];
            n += weights[i];
        }
        double mean = total / n; // centring keeps Q[j]-Q[i] - S²/W from cancelling for large values
        weight = new double[m + 1];
        sum = new double[m + 1];
        squares = new double[m + 1];
        for (int i = 0; i < m; i++) {
            double y = values[i] - mean;
            weight[i + 1] = weight[i] + weights[i];
            sum[i + 1] = sum[i] + weights[i] * y;
            squares[i + 1] = squares[i] + weights[i] * y * y;
        }
    }

    /** SSE of distinct values {@code [i, j)}. */
    double sse(int i, int j) {
        double s = sum[j] - sum[i];
        double d = squares[j] - squares[i] - s * s / (weight[j] - weight[i]);
        return d > 0 ? d : 0;
    }
}
