package org.onemap.datasources.h2gis;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer's feature bounds with their ids in a packed R-tree (Hilbert-sorted, {@value #NODE} children per
 * node, the Flatbush layout): the index-only part of a bbox count. H2 checks {@code &&} against every row it
 * fetched, decoding each geometry, so a count there costs a row read per candidate; here a feature whose
 * bounds lie inside the window counts outright, as does every feature under a node that does, and only
 * features whose bounds cross the window's edge are left for the exact test.
 *
 * <p>Bounds are floats rounded outward (a 1M-parcel layer takes 24 MB, not 40): a float box inside the
 * window means the feature is; a float box clear of it means the feature is; anything else is tested.
 */
final class LayerBounds {
    static final int NODE = 16;

    private final long[] ids;          // per item, in tree order
    private final float[] boxes;       // minX, minY, maxX, maxY per node: the items first, then each level up
    private final int[] levelStart;    // first node of each level; the last level is the root alone
    private final int items;

    private LayerBounds(long[] ids, float[] boxes, int[] levelStart) {
        this.ids = ids;
        this.boxes = boxes;
        this.levelStart = levelStart;
        this.items = ids.length;
    }

    int size() { return items; }

    /** Heap bytes held, for the memory budget (24 per feature plus ~7 % for the upper levels). */
    long bytes() { return 8L * ids.length + 4L * boxes.length + 4L * levelStart.length; }

    /**
     * Counts the features whose bounds lie inside {@code w} and passes each feature whose bounds cross its
     * edge to {@code edge}; features clear of it are neither.
     */
    long count(Envelope w, LongConsumer edge) {
        if (items == 0 || w.isNull()) return 0;
        double x0 = w.getMinX(), y0 = w.getMinY(), x1 = w.getMaxX(), y1 = w.getMaxY();
        long inside = 0;
        int top = levelStart.length - 2;                       // the root's level
        int[] stack = new int[2 * (NODE * (top + 1) + 1)];     // (level, node) pairs, depth-first
        int sp = 0;
        stack[sp++] = top;
        stack[sp++] = levelStart[top];
        while (sp > 0) {
            int node = stack[--sp];
            int level = stack[--sp];
            int b = 4 * node;
            float minX = boxes[b], minY = boxes[b + 1], maxX = boxes[b + 2], maxY = boxes[b + 3];
            if (maxX < x0 || minX > x1 || maxY < y0 || minY > y1) continue;
            if (minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1) {
                inside += itemsUnder(level, node - levelStart[level]);
            } else if (level == 0) {
                edge.accept(ids[node]);
            } else {
                int first = levelStart[level - 1] + (node - levelStart[level]) * NODE;
                int end = Math.min(first + NODE, levelStart[level]);
                for (int child = first; child < end; child++) {
                    stack[sp++] = level - 1;
                    stack[sp++] = child;
                }
            }
        }
        return inside;
    }

    // node k of a level covers items [k * NODE^level, (k + 1) * NODE^level), the last one fewer
    private long itemsUnder(int level, int k) {
        long span = 1;
        for (int i = 0; i < level; i++) span *= NODE;
        return Math.min((k + 1) * span, items) - k * span;
    }

    /** Collects bounds, then {@link #build()}s the tree. Not thread-safe. */
    static final class Builder {
        private long[] ids = new long[1024];
        private double[] bounds = new double[4 * 1024];
        private int n;
        private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

        void add(long id, double x0, double y0, double x1, double y1) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, 2 * n);
                bounds = Arrays.copyOf(bounds, 8 * n);
            }
            ids[n] = id;
            int b = 4 * n++;
            bounds[b] = x0;
            bounds[b + 1] = y0;
            bounds[b + 2] = x1;
            bounds[b + 3] = y1;
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
        }

        LayerBounds build() {
            if (n == 0) return new LayerBounds(new long[0], new float[0], new int[] {0, 0});
            int nodes = n;
            int levels = 1;
            for (int count = n; levels == 1 || count > 1; levels++) { // a lone item still gets a root above it
                count = (count + NODE - 1) / NODE;
                nodes += count;
            }
            int[] order = hilbertOrder();
            long[] sortedIds = new long[n];
            float[] boxes = new float[4 * nodes];
            for (int i = 0; i < n; i++) {
                int s = order[i];
                sortedIds[i] = ids[s];
                boxes[4 * i] = down(bounds[4 * s]);
                boxes[4 * i + 1] = down(bounds[4 * s + 1]);
                boxes[4 * i + 2] = up(bounds[4 * s + 2]);
                boxes[4 * i + 3] = up(bounds[4 * s + 3]);
            }
            int[] levelStart = new int[levels + 1]; // the first node of each level, then one past the root
            int start = 0, count = n, next = n;
            for (int level = 1; level < levels; level++) {
                int parents = (count + NODE - 1) / NODE;
                for (int p = 0; p < parents; p++) {
                    float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY, x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
                    for (int c = start + p * NODE, end = Math.min(c + NODE, start + count); c < end; c++) {
                        x0 = Math.min(x0, boxes[4 * c]);
                        y0 = Math.min(y0, boxes[4 * c + 1]);
                        x1 = Math.max(x1, boxes[4 * c + 2]);
                        y1 = Math.max(y1, boxes[4 * c + 3]);
                    }
                    int b = 4 * (next + p);
                    boxes[b] = x0;
                    boxes[b + 1] = y0;
                    boxes[b + 2] = x1;
                    boxes[b + 3] = y1;
                }
                levelStart[level] = next;
                start = next;
                next += parents;
                count = parents;
            }
            levelStart[levels] = next;
            return new LayerBounds(sortedIds, boxes, levelStart);
        }

        // items sorted by the Hilbert position of their centres: neighbours share nodes, so nodes stay small
        private int[] hilbertOrder() {
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) {
                double cx = (bounds[4 * i] + bounds[4 * i + 2]) / 2, cy = (bounds[4 * i + 1] + bounds[4 * i + 3]) / 2;
                long h = HilbertCurve.index(HilbertCurve.cell(cx, minX, maxX), HilbertCurve.cell(cy, minY, maxY));
                keyed[i] = h << 32 | i; // position in the high bits (30 of them), item in the low 32
            }
            Arrays.sort(keyed);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = (int) keyed[i];
            return order;
        }

        private static float down(double v) {
            float f = (float) v;
            return f > v ? Math.nextDown(f) : f;
        }

        private static float up(double v) {
            float f = (float) v;
            return f < v ? Math.nextUp(f) : f;
        }
    }
}
