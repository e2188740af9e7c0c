package org.onemap.map.render;

/**
 * Antialiased fill and outline of one simple polygon a few dozen pixels across, straight into an
 * {@code int[]} of premultiplied ARGB pixels, one horizontal band of rows at a time. Coverage is the
 * exact area of each pixel inside the shape, found the way font rasterisers fill glyphs: every edge adds
 * its signed area to the cells it crosses and a running sum along each row gives the coverage (non-zero
 * rule, magnitude clamped to 1). The outline is the same sum over the ring offset half the stroke's
 * width to either side (mitred at the vertices, the second ring wound backwards), which is the band a
 * mitre-joined stroke covers. At 24–48 px this draws the picture Java2D's antialiased fill and stroke
 * draw without a path object, subpixel rows or a stroker: a few small loops, which C2 compiles early
 * in a session (BENCHMARKS.md, "Interactive pan", session 12).
 * One instance per thread.
 */
final class CoverageRaster {
    /** Java2D's default mitre limit: sharper vertices are bevelled there, so they are left to Java2D. */
    private static final double MITRE_LIMIT = 10;
    private static final double MIN_COS_SUM = 2 / (MITRE_LIMIT * MITRE_LIMIT);   // 1 + cos(turn) below this: too sharp

    // Per thread, zero between rings: a tile paints each cached layer with fresh bands, and a pair of
    // buffers per band would be 32 KB allocated per layer per tile.
    private static final ThreadLocal<float[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new float[][] {new float[64 * 64], new float[64 * 64]});

    private final int[] px;
    private final int w;
    private final int rowFrom;
    private final int rowTo;

    private final float[][] buffers = BUFFERS.get();
    private float[] fill = buffers[0];
    private float[] line = buffers[1];
    private double[] e = new double[64];     // x0, y0, x1, y1 per edge, consecutive around the ring
    private int ne;
    private double[] off = new double[32];   // per vertex: x, y of the ring offset to the left, then to the right
    private double halfWidth;
    private int ox;        // image column of buffer column 0
    private int oy;        // image row of buffer row 0
    private int bw;        // buffer width (box + 2 columns the accumulation spills into)
    private int bh;        // buffer rows

    CoverageRaster(int[] px, int w, int rowFrom, int rowTo) {
        this.px = px;
        this.w = w;
        this.rowFrom = rowFrom;
        this.rowTo = rowTo;
    }

    /** Starts a ring outlined {@code strokeWidth} device px wide (0: no outline). */
    void reset(double strokeWidth) {
        ne = 0;
        halfWidth = strokeWidth / 2;
    }

    /** Adds the ring's next edge (device px); edges run end to start around one closed ring. */
    void edge(double x0, double y0, double x1, double y1) {
        if (x0 == x1 && y0 == y1) return;
        if (ne + 4 > e.length) e = java.util.Arrays.copyOf(e, e.length * 2);
        e[ne++] = x0;
        e[ne++] = y0;
        e[ne++] = x1;
        e[ne++] = y1;
    }

    /**
     * Blends the ring's fill (then its outline over it) into the image at their coverage. Colours are
     * premultiplied; 0 draws nothing. Returns false, drawing nothing, for a ring with a vertex too sharp
     * for a mitre join.
     */
    boolean paint(int fillArgb, int lineArgb) {
        boolean outline = lineArgb != 0 && halfWidth > 0;
        if (outline && !offsetRings()) return false;
        if (ne < 12 || !box(outline)) return true;
        try {
            for (int i = 0; i < ne; i += 4) accumulate(fill, e[i], e[i + 1], e[i + 2], e[i + 3]);
            if (outline) {
                int nv = ne / 4;
                for (int v = 0; v < nv; v++) {
                    int a = 4 * v, b = 4 * ((v + 1) % nv);
                    accumulate(line, off[a], off[a + 1], off[b], off[b + 1]);
                    accumulate(line, off[b + 2], off[b + 3], off[a + 2], off[a + 3]);   // backwards: the band between
                }
            }
            composite(fillArgb, lineArgb, outline);
        } catch (RuntimeException failure) {
            // the buffers are shared by the thread's next rings: leave them zero whatever happened
            java.util.Arrays.fill(fill, 0);
            java.util.Arrays.fill(line, 0);
            throw failure;
        }
        return true;
    }

    /** Offsets every vertex half the width along the mitre of its two edges, to the left and the right. */
    private boolean offsetRings() {
        int nv = ne / 4;
        if (off.length < 4 * nv) off = new double[8 * nv];
        for (int v = 0; v < nv; v++) {
            int in = 4 * ((v + nv - 1) % nv), out = 4 * v;   // the edge ending at vertex v, the one leaving it
            double ax = e[in + 2] - e[in], ay = e[in + 3] - e[in + 1];
            double bx = e[out + 2] - e[out], by = e[out + 3] - e[out + 1];
            double la = Math.sqrt(ax * ax + ay * ay), lb = Math.sqrt(bx * bx + by * by);
            double n1x = -ay / la, n1y = ax / la, n2x = -by / lb, n2y = bx / lb;   // left normals
            double cosSum = 1 + n1x * n2x + n1y * n2y;
            if (cosSum < MIN_COS_SUM) return false;
            double mx = (n1x + n2x) / cosSum * halfWidth, my = (n1y + n2y) / cosSum * halfWidth;
            off[out] = e[out] + mx;
            off[out + 1] = e[out + 1] + my;
            off[out + 2] = e[out] - mx;
            off[out + 3] = e[out + 1] - my;
        }
        return true;
    }

    /** Sets the buffer over the rows of this band the shape reaches; false if it reaches none. */
    private boolean box(boolean outline) {
        double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = Double.NEGATIVE_INFINITY, maxY = maxX;
        double[] pts = outline ? off : e;   // the offset rings enclose the ring
        for (int i = 0; i < ne; i += 2) {   // off: 4 values per vertex, e: 4 per edge, as many of each
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
        }
        ox = (int) Math.floor(minX) - 1;
        oy = Math.max(rowFrom, (int) Math.floor(minY));
        bh = Math.min(rowTo, (int) Math.ceil(maxY)) - oy;
        bw = (int) Math.ceil(maxX) - ox + 2;
        if (bh <= 0) return false;
        int size = bw * bh;
        if (size > fill.length) {
            buffers[0] = fill = new float[Integer.highestOneBit(size) * 2];
            buffers[1] = line = new float[fill.length];
        }
        return true;
    }

    /** Blends fill then outline at each pixel's coverage, clearing the buffers for the next ring. */
    private void composite(int fillArgb, int lineArgb, boolean outline) {
        for (int r = 0; r < bh; r++) {
            int at = r * bw;
            int row = (oy + r) * w;
            float f = 0, l = 0;
            for (int c = 0; c < bw; c++, at++) {
                f += fill[at];
                fill[at] = 0;
                if (outline) {
                    l += line[at];
                    line[at] = 0;
                }
                int x = ox + c;
                if (x < 0 || x >= w) continue;
                int cf = coverage(f);
                if (cf != 0 && fillArgb != 0) blend(row + x, fillArgb, cf);
                int cl = outline ? coverage(l) : 0;
                if (cl != 0) blend(row + x, lineArgb, cl);
            }
        }
    }

    /** Coverage 0–256 of a running sum of signed areas. */
    private static int coverage(float sum) {
        float a = Math.abs(sum);
        return a >= 1 ? 256 : (int) (a * 256 + 0.5f);
    }

    /**
     * Adds the signed area edge (x0,y0)→(x1,y1) makes with the row's right end to each cell it crosses,
     * so that a running sum along the row is the winding-weighted area left of the edge in each pixel.
     */
    private void accumulate(float[] acc, double x0, double y0, double x1, double y1) {
        if (y0 == y1) return;
        float dir = 1;
        if (y0 > y1) {
            double t = x0; x0 = x1; x1 = t;
            t = y0; y0 = y1; y1 = t;
            dir = -1;
        }
        x0 -= ox;
        x1 -= ox;
        y0 -= oy;
        y1 -= oy;
        double dxdy = (x1 - x0) / (y1 - y0);
        int first = Math.max(0, (int) Math.floor(y0));
        int last = Math.min(bh, (int) Math.ceil(y1));
        double x = first > y0 ? x0 + (first - y0) * dxdy : x0;
        for (int y = first; y < last; y++) {
            int rowAt = y * bw;
            double dy = Math.min(y + 1, y1) - Math.max(y, y0);
            double xnext = x + dxdy * dy;
            float d = (float) dy * dir;
            double xa = Math.min(x, xnext), xb = Math.max(x, xnext);
            double xaFloor = Math.floor(xa);
            int xai = (int) xaFloor;
            int xbi = (int) Math.ceil(xb);
            if (xbi <= xai + 1) {
                // within one cell: the part right of the edge's mid-point goes to the next cell
                float xm = (float) (0.5 * (x + xnext) - xaFloor);
                acc[rowAt + xai] += d - d * xm;
                acc[rowAt + xai + 1] += d * xm;
            } else {
                float s = (float) (1 / (xb - xa));
                float xaf = (float) (xa - xaFloor);
                float a0 = 0.5f * s * (1 - xaf) * (1 - xaf);
                float xbf = (float) (xb - xbi + 1);
                float am = 0.5f * s * xbf * xbf;
                acc[rowAt + xai] += d * a0;
                if (xbi == xai + 2) {
                    acc[rowAt + xai + 1] += d * (1 - a0 - am);
                } else {
                    float a1 = s * (1.5f - xaf);
                    acc[rowAt + xai + 1] += d * (a1 - a0);
                    for (int xi = xai + 2; xi < xbi - 1; xi++) acc[rowAt + xi] += d * s;
                    float a2 = a1 + (xbi - xai - 3) * s;
                    acc[rowAt + xbi - 1] += d * (1 - a2 - am);
                }
                acc[rowAt + xbi] += d * am;
            }
            x = xnext;
        }
    }

    /** Source-over of {@code src} (premultiplied) at {@code cov}/256 of its strength. */
    private void blend(int at, int src, int cov) {
        if (cov == 256 && src >>> 24 == 255) {
            px[at] = src;
            return;
        }
        int scaled = ((src >>> 24) * cov >> 8) << 24 | ((src >> 16 & 0xFF) * cov >> 8) << 16
                | ((src >> 8 & 0xFF) * cov >> 8) << 8 | (src & 0xFF) * cov >> 8;
        px[at] = SmallPolygonRaster.over(scaled, px[at]);
    }
}
