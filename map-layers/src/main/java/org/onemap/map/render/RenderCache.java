package org.onemap.map.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.onemap.core.crs.WebMercator;
import org.onemap.core.feature.Feature;

/**
 * The render-ready copy of one polygon layer (DESIGN.md "Rendering" step 2): every ring projected to
 * Web Mercator once and packed as floats relative to an origin in one array, feature bounds in another,
 * a category index per feature (e.g. the parcel's crop) and a uniform grid over the bounds. No JTS
 * object or attribute map is kept per feature, so a million parcels take ~100 MB rather than ~1 GB.
 *
 * <p>Immutable once built and safe to read from any number of render threads.
 */
final class RenderCache {
    private static final double MERCATOR_LAT_LIMIT = 85.05;

    final double ox;               // mercator origin the floats are relative to
    final double oy;
    final float[] xy;              // x, y of every vertex, ring after ring
    final int[] ringStart;         // rings + 1 offsets into xy (in vertices)
    final int[] featureRing;       // features + 1 offsets into ringStart
    final float[] bounds;          // minX, minY, maxX, maxY per feature, relative to the origin
    final short[] category;        // index into categories per feature
    final String[] categories;     // category values in first-seen order; null = no category field
    final SpatialBlocks blocks;    // features stored block by block (see SpatialBlocks); null for a window's part
    private final SpatialGrid grid;

    private RenderCache(double ox, double oy, float[] xy, int[] ringStart, int[] featureRing, float[] bounds,
                        short[] category, String[] categories, SpatialBlocks blocks) {
        int n = featureRing.length - 1;
        if (n < 0 || bounds.length != 4 * n || category.length != n || ringStart.length < 1
                || featureRing[n] != ringStart.length - 1 || ringStart[ringStart.length - 1] * 2 != xy.length) {
            throw new IllegalArgumentException("inconsistent render cache arrays");
        }
        this.ox = ox;
        this.oy = oy;
        this.xy = xy;
        this.ringStart = ringStart;
        this.featureRing = featureRing;
        this.bounds = bounds;
        this.category = category;
        this.categories = categories;
        if (blocks != null && blocks.featureStart()[blocks.count()] != n) throw new IllegalArgumentException("inconsistent render cache blocks");
        this.blocks = blocks;
        this.grid = new SpatialGrid(bounds, n);
    }

    /**
     * A cache over packed arrays (as stored by {@link RenderCacheFile}); {@code blocks} null when the
     * arrays hold only some blocks of a layer (a window's part).
     */
    static RenderCache of(double ox, double oy, float[] xy, int[] ringStart, int[] featureRing, float[] bounds,
                          short[] category, String[] categories, SpatialBlocks blocks) {
        return new RenderCache(ox, oy, xy, ringStart, featureRing, bounds, category, categories, blocks);
    }

    int size() { return featureRing.length - 1; }

    /** Calls {@code hit} once with the index of every feature whose bounds meet the mercator box. */
    void search(double minX, double minY, double maxX, double maxY, java.util.function.IntConsumer hit) {
        grid.search((float) (minX - ox), (float) (minY - oy), (float) (maxX - ox), (float) (maxY - oy), hit);
    }

    /** The category value of feature {@code i}, or null. */
    String categoryOf(int i) { return categories.length == 0 ? null : categories[category[i]]; }

    /** Approximate heap bytes of the arrays. */
    long bytes() {
        return 4L * xy.length + 4L * ringStart.length + 4L * featureRing.length + 4L * bounds.length
                + 2L * category.length + grid.bytes();
    }

    /** Collects features into a cache; polygons only, other geometries are skipped. */
    static final class Builder implements Consumer<Feature> {
        private final String categoryField;   // null = no categories
        private final Map<String, Integer> categoryIndex = new HashMap<>();
        private double ox = Double.NaN;
        private double oy;
        private float[] xy = new float[1 << 16];
        private int nxy;
        private int[] ringStart = new int[1 << 12];
        private int nRings;
        private int[] featureRing = new int[1 << 12];
        private float[] bounds = new float[1 << 12];
        private short[] category = new short[1 << 10];
        private int n;

        Builder(String categoryField) { this.categoryField = categoryField; }

        @Override
        public void accept(Feature f) {
            Geometry g = f.geometry();
            if (!(g instanceof Polygonal) || g.isEmpty()) return;
            if (Double.isNaN(ox)) {
                Envelope e = g.getEnvelopeInternal();
                ox = WebMercator.x(e.getMinX());
                oy = WebMercator.y(clampLat(e.getMinY()));
            }
            if (n + 2 > category.length) {
                int cap = category.length * 2;
                featureRing = Arrays.copyOf(featureRing, cap + 1);
                bounds = Arrays.copyOf(bounds, cap * 4);
                category = Arrays.copyOf(category, cap);
            }
            featureRing[n] = nRings;
            float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY;
            float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
            int first = nxy;
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon poly = (Polygon) g.getGeometryN(p);
                if (poly.isEmpty()) continue;
                addRing(poly.getExteriorRing().getCoordinateSequence());
                for (int r = 0; r < poly.getNumInteriorRing(); r++) addRing(poly.getInteriorRingN(r).getCoordinateSequence());
            }
            for (int i = first; i < nxy; i += 2) {
                minX = Math.min(minX, xy[i]);
                maxX = Math.max(maxX, xy[i]);
                minY = Math.min(minY, xy[i + 1]);
                maxY = Math.max(maxY, xy[i + 1]);
            }
            bounds[4 * n] = minX;
            bounds[4 * n + 1] = minY;
            bounds[4 * n + 2] = maxX;
            bounds[4 * n + 3] = maxY;
            if (categoryField != null) {
                Object v = f.get(categoryField);
                String key = v == null ? null : v.toString();
                Integer idx = categoryIndex.get(key);
                if (idx == null) {
                    if (categoryIndex.size() >= Short.MAX_VALUE) throw new IllegalStateException(
                            "too many distinct values of " + categoryField + " to colour by category");
                    idx = categoryIndex.size();
                    categoryIndex.put(key, idx);
                }
                category[n] = (short) (int) idx;
            }
            n++;
        }

        private void addRing(CoordinateSequence seq) {
            int m = seq.size();
            if (m < 3) return;
            if (nxy + 2 * m > xy.length) xy = Arrays.copyOf(xy, Math.max(xy.length * 2, nxy + 2 * m));
            if (nRings + 2 > ringStart.length) ringStart = Arrays.copyOf(ringStart, ringStart.length * 2);
            ringStart[nRings] = nxy / 2;
            for (int i = 0; i < m; i++) {
                xy[nxy++] = (float) (WebMercator.x(seq.getX(i)) - ox);
                xy[nxy++] = (float) (WebMercator.y(clampLat(seq.getY(i))) - oy);
            }
            nRings++;
            ringStart[nRings] = nxy / 2;
        }

        /** The cache, its features reordered block by block ({@link SpatialBlocks}) so a stored file can be read in part. */
        RenderCache build() {
            if (Double.isNaN(ox)) {
                ox = 0;
                oy = 0;
            }
            featureRing[n] = nRings;
            ringStart[nRings] = nxy / 2;
            String[] values = new String[categoryIndex.size()];
            for (Map.Entry<String, Integer> e : categoryIndex.entrySet()) values[e.getValue()] = e.getKey();
            SpatialBlocks.Arranged arranged = SpatialBlocks.arrange(bounds, n);
            int[] order = arranged.order();
            SpatialBlocks blk = arranged.blocks();
            // the packed arrays in block order: each feature's rings and vertices are contiguous, so move them whole
            float[] sxy = new float[nxy];
            int[] sRingStart = new int[nRings + 1];
            int[] sFeatureRing = new int[n + 1];
            float[] sBounds = new float[4 * n];
            short[] sCategory = new short[n];
            int r = 0, v = 0;
            for (int k = 0; k < n; k++) {
                int f = order[k];
                sFeatureRing[k] = r;
                int r0 = featureRing[f], r1 = featureRing[f + 1];
                int v0 = ringStart[r0];
                for (int q = r0; q < r1; q++) sRingStart[r++] = ringStart[q] - v0 + v;
                int verts = ringStart[r1] - v0;
                System.arraycopy(xy, 2 * v0, sxy, 2 * v, 2 * verts);
                v += verts;
                System.arraycopy(bounds, 4 * f, sBounds, 4 * k, 4);
                sCategory[k] = category[f];
            }
            sFeatureRing[n] = r;
            sRingStart[r] = v;
            return new RenderCache(ox, oy, sxy, sRingStart, sFeatureRing, sBounds, sCategory, values, blk);
        }
    }

    private static double clampLat(double lat) {
        return Math.max(-MERCATOR_LAT_LIMIT, Math.min(MERCATOR_LAT_LIMIT, lat));
    }
}
