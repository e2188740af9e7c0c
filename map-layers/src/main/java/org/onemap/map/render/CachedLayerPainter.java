package org.onemap.map.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Draws a {@link CachedFeatureSource}'s polygons into a {@code TYPE_INT_ARGB_PRE} image, source-over
 * what the image already holds (a transparent scratch image, or a tile's own image).
 * A big image is cut into horizontal bands drawn in parallel (each band its own Graphics2D over the
 * shared pixels). In each band, polygons under a pixel are written straight into the {@code int[]}
 * as one pixel, polygons under {@value #SMALL} px as their box (in their fill mixed with their outline
 * colour by the share a hairline outline would cover), polygons under {@value #RASTER_MAX} px are
 * scan-filled and outlined in the {@code int[]} by {@link SmallPolygonRaster}, single-ring polygons under
 * {@value #COVERAGE_MAX_DEFAULT} px with a plain outline (of up to {@value #MAX_COVERAGE_STROKE} px) and no vertex sharper than a mitre join allows
 * are filled and outlined antialiased in the {@code int[]} by {@link CoverageRaster}, and the rest are
 * appended to one path per category, filled then outlined with one Java2D call each: a million tiny
 * antialiased fills would cost far more than the pixels they cover.
 */
final class CachedLayerPainter {
    private static final double SMALL = 3;          // device px: polygons this small are drawn as their box
    private static final double MIN_STEP = 0.5;     // device px: closer vertices add nothing visible
    private static final double RASTER_MAX = 24;    // device px: smaller polygons are scan-filled into the int[]
    private static final double COVERAGE_MAX_DEFAULT = 48;   // device px: smaller single rings are coverage-filled
    private static final double MAX_COVERAGE_STROKE = 2;    // device px: wider outlines are left to Java2D's stroker
    // -Donemap.render.coverageMax=24 turns the coverage filler off (for A/B runs against Java2D)
    private static final double COVERAGE_MAX = Double.parseDouble(
            System.getProperty("onemap.render.coverageMax", String.valueOf(COVERAGE_MAX_DEFAULT)));
    private static final int MIN_BAND_ROWS = 270;   // tiles (≤ 512 rows) stay whole: the tile pool is already parallel

    private final LayerPaints paints;
    private final double k;        // device px per mercator metre
    private final double left;     // mercator x of the image's left edge
    private final double top;      // mercator y of the image's top edge
    private final double strokeWidth;   // device px, 0 = no outline
    private final boolean coverageFill;   // a plain outline and no hatching: CoverageRaster draws it right
    private final CachedFeatureSource.Snapshot snapshot;
    private final Palette mainColors;
    private final Palette overlayColors;
    final AtomicLong drawn = new AtomicLong();
    final AtomicLong asPixel = new AtomicLong();

    CachedLayerPainter(LayerPaints paints, Viewport vp, CachedFeatureSource.Snapshot snapshot) {
        this.paints = paints;
        this.k = vp.pixelRatio() / vp.resolution();
        this.left = vp.mercatorX(0);
        this.top = vp.mercatorY(0);
        this.snapshot = snapshot;
        this.strokeWidth = paints.stroke == null ? 0 : paints.stroke.getLineWidth();
        this.coverageFill = paints.hatch == null && paints.stroke != null
                && paints.stroke.getDashArray() == null && strokeWidth <= MAX_COVERAGE_STROKE;
        this.mainColors = new Palette(paints, snapshot.main().categories);
        this.overlayColors = new Palette(paints, snapshot.overlay().categories);
    }

    /** Fill and outline colours indexed by one cache's category indices. */
    private static final class Palette {
        final int[] fillOf;    // premultiplied ARGB
        final Color[] fills;
        final Color[] outlines;
        final int[][] small;   // per category, per outline coverage level: fill and outline mixed, premultiplied
        final int[] hairlineOf; // outline, premultiplied, alpha = line strength of a one-pixel line
        final int[] outlineOf;  // outline, premultiplied

        Palette(LayerPaints paints, String[] values) {
            int n = Math.max(1, values.length);
            fillOf = new int[n];
            fills = new Color[n];
            outlines = new Color[n];
            small = new int[n][];
            hairlineOf = new int[n];
            outlineOf = new int[n];
            double strength = paints.stroke == null ? 0 : Math.min(1, paints.stroke.getLineWidth());
            for (int c = 0; c < n; c++) {
                Color fill = paints.fill;
                Color outline = paints.strokeColor;
                if (paints.categorised()) {
                    Color[] cc = paints.forCategory(values.length == 0 ? null : values[c]);
                    fill = cc[0];
                    outline = cc[1] != null ? cc[1] : cc[2];
                }
                fills[c] = fill;
                outlines[c] = outline;
                outlineOf[c] = outline == null || paints.stroke == null ? 0 : premultiplied(outline);
                fillOf[c] = fill != null ? premultiplied(fill) : outline != null ? premultiplied(outline) : 0;
                hairlineOf[c] = outline == null || strength == 0 ? 0 : premultiplied(new Color(outline.getRed(),
                        outline.getGreen(), outline.getBlue(), (int) Math.round(outline.getAlpha() * strength)));
                small[c] = new int[COVERAGE_LEVELS + 1];
                for (int l = 0; l <= COVERAGE_LEVELS; l++) {
                    small[c][l] = fill == null || outline == null || paints.stroke == null ? fillOf[c]
                            : premultiplied(mix(fill, outline, l / (double) COVERAGE_LEVELS));
                }
            }
        }

        /** The colour of a polygon drawn as a w × h px box: its fill, darkened by the share its outline would cover. */
        int smallColor(int cat, double w, double h, double strokeWidth) {
            double cover = Math.min(1, strokeWidth * (Math.max(w, 0.5) + Math.max(h, 0.5)) / (Math.max(w, 0.5) * Math.max(h, 0.5)));
            return small[cat][(int) Math.round(cover * COVERAGE_LEVELS)];
        }
    }

    private static final int COVERAGE_LEVELS = 16;

    /** A growable list of feature indices. */
    private static final class IntBuffer {
        int[] a = new int[1024];
        int size;

        void add(int i) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = i;
        }

        int[] sorted() {
            java.util.Arrays.sort(a, 0, size);
            return a;
        }
    }

    static Color mix(Color fill, Color outline, double t) {
        return new Color((int) Math.round(fill.getRed() * (1 - t) + outline.getRed() * t),
                (int) Math.round(fill.getGreen() * (1 - t) + outline.getGreen() * t),
                (int) Math.round(fill.getBlue() * (1 - t) + outline.getBlue() * t),
                (int) Math.round(fill.getAlpha() * (1 - t) + outline.getAlpha() * t));
    }

    /** Number of bands for an image this tall: two per core (for balance), one for a tile. */
    static int bands(int height) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(cores * 2, height / MIN_BAND_ROWS));
    }

    /** Draws the snapshot over what {@code image} (the viewport's device size) holds. */
    void paint(BufferedImage image, int bandCount) {
        int h = image.getHeight();
        int bandH = (h + bandCount - 1) / bandCount;
        IntStream bands = IntStream.range(0, bandCount);
        if (bandCount > 1) bands = bands.parallel();
        bands.forEach(b -> {
            int y0 = b * bandH;
            int y1 = Math.min(h, y0 + bandH);
            if (y0 < y1) paintBand(image, y0, y1);
        });
    }

    private void paintBand(BufferedImage image, int y0, int y1) {
        Band band = new Band(image, y0, y1);
        band.draw(snapshot.main(), snapshot.hidden(), mainColors, band.mainPaths);
        band.draw(snapshot.overlay(), null, overlayColors, band.overlayPaths);
        band.finish();
    }

    static int premultiplied(Color c) {
        int a = c.getAlpha();
        int r = c.getRed() * a / 255, g = c.getGreen() * a / 255, bl = c.getBlue() * a / 255;
        return a << 24 | r << 16 | g << 8 | bl;
    }

    /** Where a ring's edges go, in device px. */
    @FunctionalInterface
    private interface EdgeSink {
        void edge(double x0, double y0, double x1, double y1);
    }

    /** One horizontal strip of the image, drawn by one thread. */
    private final class Band {
        final BufferedImage image;
        final int[] px;
        final int w;
        final int y0;
        final int y1;
        final Path2D.Float[] mainPaths = new Path2D.Float[mainColors.fills.length];
        final Path2D.Float[] overlayPaths = new Path2D.Float[overlayColors.fills.length];
        final SmallPolygonRaster raster;
        final CoverageRaster coverage;
        long nDrawn;
        long nPixel;

        Band(BufferedImage image, int y0, int y1) {
            this.image = image;
            this.px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            this.w = image.getWidth();
            this.y0 = y0;
            this.y1 = y1;
            this.raster = new SmallPolygonRaster(px, w, y0, y1);
            this.coverage = new CoverageRaster(px, w, y0, y1);
        }

        void draw(RenderCache c, java.util.BitSet hidden, Palette pal, Path2D.Float[] paths) {
            if (c.size() == 0) return;
            double margin = 2 / k;   // strokes reach a little beyond the bounds
            double mx0 = left - margin, mx1 = left + w / k + margin;
            double my1 = top - y0 / k + margin, my0 = top - y1 / k - margin;
            // Drawn in feature order, not in the grid's visit order: neighbours' outlines overlap, and the
            // picture must not depend on how the grid is cut (a window's part of a cache has its own grid).
            IntBuffer found = new IntBuffer();
            c.search(mx0, my0, mx1, my1, i -> {
                if (hidden == null || !hidden.get(i)) found.add(i);
            });
            int[] order = found.sorted();
            for (int j = 0; j < found.size; j++) feature(c, order[j], pal, paths);
        }

        private void feature(RenderCache c, int i, Palette pal, Path2D.Float[] paths) {
            double sx0 = (c.ox + c.bounds[4 * i] - left) * k;
            double sx1 = (c.ox + c.bounds[4 * i + 2] - left) * k;
            double sy0 = (top - c.oy - c.bounds[4 * i + 3]) * k;
            double sy1 = (top - c.oy - c.bounds[4 * i + 1]) * k;
            int cat = c.categories.length == 0 ? 0 : c.category[i];
            if (pal.fills[cat] == null && pal.outlines[cat] == null) return;
            // A feature spans several bands: the band holding its top visible row counts it.
            int topRow = (int) Math.max(0, Math.floor(sy0));
            if (topRow >= y0 && topRow < y1 || y0 == 0 && sy0 < 0) nDrawn++;
            if (sx1 - sx0 < 1 && sy1 - sy0 < 1) {
                int x = (int) Math.floor((sx0 + sx1) / 2), y = (int) Math.floor((sy0 + sy1) / 2);
                if (y >= y0 && y < y1 && x >= 0 && x < w) {
                    blend(y * w + x, pal.smallColor(cat, sx1 - sx0, sy1 - sy0, strokeWidth));
                    nPixel++;
                }
                return;
            }
            if (pal.fills[cat] != null && sx1 - sx0 < SMALL && sy1 - sy0 < SMALL) {
                int xa = Math.max(0, (int) Math.round(sx0)), xb = Math.min(w, Math.max((int) Math.round(sx1), xa + 1));
                int ya = Math.max(y0, (int) Math.round(sy0)), yb = Math.min(y1, Math.max((int) Math.round(sy1), (int) Math.round(sy0) + 1));
                int argb = pal.smallColor(cat, sx1 - sx0, sy1 - sy0, strokeWidth);
                for (int y = ya; y < yb; y++) for (int x = xa; x < xb; x++) blend(y * w + x, argb);
                return;
            }
            if (paints.hatch == null && sx1 - sx0 < RASTER_MAX && sy1 - sy0 < RASTER_MAX) {
                raster.reset();
                for (int r = c.featureRing[i]; r < c.featureRing[i + 1]; r++) ringEdges(c, r, raster::edge);
                if (pal.fills[cat] != null) raster.fill(pal.fillOf[cat]);
                if (pal.hairlineOf[cat] != 0) raster.outline(pal.hairlineOf[cat]);
                return;
            }
            // One ring only: the non-zero sum cannot tell a hole wound like its shell from the shell. An
            // outline only: antialiased one by one, neighbours let the paper through along their shared
            // edges (one path per colour does not), and the outline drawn over them is what hides that.
            if (coverageFill && pal.outlineOf[cat] != 0 && sx1 - sx0 < COVERAGE_MAX && sy1 - sy0 < COVERAGE_MAX
                    && c.featureRing[i + 1] - c.featureRing[i] == 1) {
                coverage.reset(strokeWidth);
                ringEdges(c, c.featureRing[i], coverage::edge);
                if (coverage.paint(pal.fills[cat] != null ? pal.fillOf[cat] : 0, pal.outlineOf[cat])) return;
            }
            Path2D.Float p = paths[cat];
            if (p == null) paths[cat] = p = new Path2D.Float(Path2D.WIND_EVEN_ODD, 4096);
            for (int r = c.featureRing[i]; r < c.featureRing[i + 1]; r++) ring(c, r, p);
        }

        private void ringEdges(RenderCache c, int r, EdgeSink sink) {
            int a = c.ringStart[r], b = c.ringStart[r + 1];
            float[] xy = c.xy;
            double fx = (c.ox + xy[2 * a] - left) * k, fy = (top - c.oy - xy[2 * a + 1]) * k;
            double lx = fx, ly = fy;
            for (int v = a + 1; v < b; v++) {
                double x = (c.ox + xy[2 * v] - left) * k, y = (top - c.oy - xy[2 * v + 1]) * k;
                if (v < b - 1 && Math.abs(x - lx) < MIN_STEP && Math.abs(y - ly) < MIN_STEP) continue;
                sink.edge(lx, ly, x, y);
                lx = x;
                ly = y;
            }
            if (lx != fx || ly != fy) sink.edge(lx, ly, fx, fy);
        }

        private void ring(RenderCache c, int r, Path2D.Float p) {
            int a = c.ringStart[r], b = c.ringStart[r + 1];
            float[] xy = c.xy;
            double lx = (c.ox + xy[2 * a] - left) * k, ly = (top - c.oy - xy[2 * a + 1]) * k;
            p.moveTo(lx, ly);
            for (int v = a + 1; v < b; v++) {
                double x = (c.ox + xy[2 * v] - left) * k, y = (top - c.oy - xy[2 * v + 1]) * k;
                if (v < b - 1 && Math.abs(x - lx) < MIN_STEP && Math.abs(y - ly) < MIN_STEP) continue;
                p.lineTo(x, y);
                lx = x;
                ly = y;
            }
            p.closePath();
        }

        private void blend(int at, int src) { raster.blend(at, src); }

        void finish() {
            drawn.addAndGet(nDrawn);
            asPixel.addAndGet(nPixel);
            boolean any = false;
            for (Path2D.Float p : mainPaths) any |= p != null;
            for (Path2D.Float p : overlayPaths) any |= p != null;
            if (!any) return;
            Graphics2D g = image.getSubimage(0, y0, w, y1 - y0).createGraphics();
            try {
                MapRenderer.hints(g);
                g.translate(0, -y0);
                fill(g, mainPaths, mainColors);
                fill(g, overlayPaths, overlayColors);
                if (paints.stroke == null) return;
                g.setStroke(paints.stroke);
                outline(g, mainPaths, mainColors);
                outline(g, overlayPaths, overlayColors);
            } finally {
                g.dispose();
            }
        }

        private void fill(Graphics2D g, Path2D.Float[] paths, Palette pal) {
            for (int c = 0; c < paths.length; c++) {
                if (paths[c] == null || pal.fills[c] == null) continue;
                g.setColor(pal.fills[c]);
                g.fill(paths[c]);
                if (paints.hatch != null) {
                    g.setPaint(paints.hatch);
                    g.fill(paths[c]);
                }
            }
        }

        private void outline(Graphics2D g, Path2D.Float[] paths, Palette pal) {
            for (int c = 0; c < paths.length; c++) {
                if (paths[c] == null || pal.outlines[c] == null) continue;
                g.setColor(pal.outlines[c]);
                g.draw(paths[c]);
            }
        }
    }
}
