package org.onemap.map.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link RenderCache} orders its features: by the cell of a coarse grid (about
 * {@value #FEATURES_PER_BLOCK} features a cell) holding the centre of their bounds, cell after cell in
 * row order, keeping their original order within a cell. Each cell is a block: a run of consecutive
 * features, whose rings and vertices are therefore consecutive too, with the union of their bounds.
 * A stored cache keeps the blocks, so a render of a window reads only the blocks meeting it
 * ({@link RenderCacheFile#read(java.nio.file.Path, String, org.locationtech.jts.geom.Envelope)}).
 *
 * @param featureStart blocks + 1 offsets into the features
 * @param bounds       minX, minY, maxX, maxY per block (relative to the cache origin); an empty block
 *                     has bounds that meet nothing
 */
record SpatialBlocks(int[] featureStart, float[] bounds) {
    static final int FEATURES_PER_BLOCK = 256;
    private static final int MAX_SIDE = 256;

    /** The block order of features and the blocks it makes. */
    record Arranged(int[] order, SpatialBlocks blocks) {}

    int count() { return featureStart.length - 1; }

    /** Orders {@code n} features with packed {@code b}ounds (minX, minY, maxX, maxY each) into blocks: a stable counting sort. */
    static Arranged arrange(float[] b, int n) {
        float[] u = PackedBounds.union(b, n);
        float x0 = u[0], y0 = u[1], x1 = u[2], y1 = u[3];
        int side = (int) Math.max(1, Math.min(MAX_SIDE, Math.round(Math.sqrt(n / (double) FEATURES_PER_BLOCK))));
        double cw = n == 0 ? 1 : Math.max(x1 - x0, 1e-3) / side;
        double ch = n == 0 ? 1 : Math.max(y1 - y0, 1e-3) / side;
        int[] key = new int[n];
        int[] start = new int[side * side + 1];
        for (int i = 0; i < n; i++) {
            int cx = Math.min(side - 1, Math.max(0, (int) (((b[4 * i] + b[4 * i + 2]) / 2 - x0) / cw)));
            int cy = Math.min(side - 1, Math.max(0, (int) (((b[4 * i + 1] + b[4 * i + 3]) / 2 - y0) / ch)));
            key[i] = cy * side + cx;
            start[key[i] + 1]++;
        }
        for (int c = 0; c < side * side; c++) start[c + 1] += start[c];
        int[] next = java.util.Arrays.copyOf(start, side * side);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[next[key[i]]++] = i;
        float[] bb = new float[4 * side * side];
        for (int c = 0; c < side * side; c++) {
            bb[4 * c] = bb[4 * c + 1] = Float.POSITIVE_INFINITY;
            bb[4 * c + 2] = bb[4 * c + 3] = Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            int c = key[i];
            bb[4 * c] = Math.min(bb[4 * c], b[4 * i]);
            bb[4 * c + 1] = Math.min(bb[4 * c + 1], b[4 * i + 1]);
            bb[4 * c + 2] = Math.max(bb[4 * c + 2], b[4 * i + 2]);
            bb[4 * c + 3] = Math.max(bb[4 * c + 3], b[4 * i + 3]);
        }
        return new Arranged(order, new SpatialBlocks(start, bb));
    }

    /**
     * The runs of features (from, to) of the blocks whose bounds meet the box (relative to the cache
     * origin), adjacent blocks merged into one run, in feature order.
     */
    List<int[]> runs(float qx0, float qy0, float qx1, float qy1) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        for (int c = 0; c < count(); c++) {
            if (featureStart[c] == featureStart[c + 1]) continue;
            boolean meets = !(bounds[4 * c + 2] < qx0 || bounds[4 * c] > qx1 || bounds[4 * c + 3] < qy0 || bounds[4 * c + 1] > qy1);
            if (!meets) {
                open = null;
            } else if (open != null && open[1] == featureStart[c]) {
                open[1] = featureStart[c + 1];
            } else {
                open = new int[] {featureStart[c], featureStart[c + 1]};
                out.add(open);
            }
        }
        return out;
    }
}
