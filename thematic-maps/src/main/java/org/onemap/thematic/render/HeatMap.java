package org.onemap.thematic.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.data.NumericField;
import org.onemap.thematic.palette.Palette;

/**
 * A heat map: kernel density of points (or area anchors) estimated on the screen grid with the quartic
 * (biweight) kernel {@code K(d) = (1 - (d/r)²)²} for {@code d < r}, r the adjustable radius in logical
 * pixels, each point optionally weighted by a numeric field. Cost O(points·r²) per view. Density is
 * scaled to the view's maximum and coloured with a colour-blind-safe YlOrRd ramp, transparent where
 * it is near zero so the map shows through.
 */
public final class HeatMap implements MapOverlay {
    private static final double VISIBLE_FROM = 0.02;

    private final FeatureSource source;
    private final String weightField;
    private final double radius;
    private final double visibleFrom;
    private final List<Color> ramp = Palette.YL_OR_RD.colors(64);

    /**
     * @param weightField numeric field weighting each point, or null for a plain count
     * @param radius      kernel radius in logical pixels (> 0)
     */
    public HeatMap(FeatureSource source, String weightField, double radius) {
        this(source, weightField, radius, VISIBLE_FROM);
    }

    private HeatMap(FeatureSource source, String weightField, double radius, double visibleFrom) {
        if (!(radius > 0)) throw new IllegalArgumentException("heat-map radius must be > 0 px, got " + radius);
        if (!(visibleFrom >= 0 && visibleFrom < 1)) throw new IllegalArgumentException("visibleFrom must be in [0, 1): " + visibleFrom);
        this.source = source;
        this.weightField = weightField == null ? null : NumericField.require(source, weightField).name();
        this.radius = radius;
        this.visibleFrom = visibleFrom;
    }

    /**
     * The same heat map drawn only where density reaches {@code t} of the view's maximum (default
     * 0.02): over a choropleth, a higher threshold keeps the faint halo from muddying the classes.
     */
    public HeatMap withVisibleFrom(double t) {
        return new HeatMap(source, weightField, radius, t);
    }

    public double radius() {
        return radius;
    }

    /** The same heat map with another kernel radius. */
    public HeatMap withRadius(double r) {
        return new HeatMap(source, weightField, r, visibleFrom);
    }

    /**
     * Kernel density on a {@code width × height} grid: cell {@code y*width + x} holds the weighted sum of
     * {@code K} over the points, each at pixel (xs[i], ys[i]); weights null means 1 each.
     */
    public static float[] density(double[] xs, double[] ys, double[] weights, int width, int height, double radius) {
        float[] grid = new float[width * height];
        double r2 = radius * radius;
        int ri = (int) Math.ceil(radius);
        for (int i = 0; i < xs.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (!(w > 0)) continue;
            int cx = (int) Math.floor(xs[i]), cy = (int) Math.floor(ys[i]);
            for (int y = Math.max(0, cy - ri); y <= Math.min(height - 1, cy + ri); y++) {
                double dy = y + 0.5 - ys[i];
                for (int x = Math.max(0, cx - ri); x <= Math.min(width - 1, cx + ri); x++) {
                    double dx = x + 0.5 - xs[i];
                    double q = (dx * dx + dy * dy) / r2;
                    if (q < 1) grid[y * width + x] += (float) (w * (1 - q) * (1 - q));
                }
            }
        }
        return grid;
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        int w = vp.width(), h = vp.height();
        double[][] pts = {new double[256], new double[256], new double[256]};
        int[] n = {0};
        Anchors.inView(source, vp, (int) Math.ceil(radius), f -> {
            double weight = 1;
            if (weightField != null) {
                if (!(f.get(weightField) instanceof Number num)) return;
                weight = num.doubleValue();
            }
            Point p = Anchors.of(f.geometry());
            if (n[0] == pts[0].length) for (int k = 0; k < 3; k++) pts[k] = Arrays.copyOf(pts[k], n[0] * 2);
            pts[0][n[0]] = vp.toPixelX(p.getX());
            pts[1][n[0]] = vp.toPixelY(p.getY());
            pts[2][n[0]++] = weight;
        });
        if (n[0] == 0) return 0;
        float[] grid = density(Arrays.copyOf(pts[0], n[0]), Arrays.copyOf(pts[1], n[0]),
                Arrays.copyOf(pts[2], n[0]), w, h, radius);
        float max = 0;
        for (float v : grid) max = Math.max(max, v);
        if (max <= 0) return n[0];
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        for (int i = 0; i < grid.length; i++) argb[i] = colour(grid[i] / max);
        img.setRGB(0, 0, w, h, argb, 0, w);
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, vp.imageWidth(), vp.imageHeight(), null);
        } finally {
            g.dispose();
        }
        return n[0];
    }

    /** ARGB of a density scaled to [0, 1]: transparent near zero, then increasingly opaque and red. */
    int colour(double t) {
        if (t < visibleFrom) return 0;
        Color c = ramp.get((int) Math.min(ramp.size() - 1, Math.round(t * (ramp.size() - 1))));
        int alpha = (int) Math.round(Math.min(1, 0.35 + t) * 220);
        return alpha << 24 | c.getRGB() & 0xFFFFFF;
    }
}
