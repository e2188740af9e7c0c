package org.onemap.map.raster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.onemap.map.render.Viewport;

/**
 * Swipe comparison of two layers (before/after imagery, NDVI of two seasons): left of the divider the
 * viewer sees layer A, right of it layer B, and moving the divider reveals one over the other.
 */
public final class SwipeComposite {
    private SwipeComposite() {}

    /**
     * Columns {@code [0, splitX)} from {@code left}, the rest from {@code right} (same size), in a new
     * ARGB image; {@code splitX} is clamped to the image.
     */
    public static BufferedImage compose(BufferedImage left, BufferedImage right, int splitX) {
        if (left.getWidth() != right.getWidth() || left.getHeight() != right.getHeight()) {
            throw new IllegalArgumentException("swipe needs images of one size: " + left.getWidth() + "x" + left.getHeight()
                    + " vs " + right.getWidth() + "x" + right.getHeight());
        }
        int w = left.getWidth();
        int h = left.getHeight();
        int split = Math.max(0, Math.min(w, splitX));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setClip(0, 0, split, h);
        g.drawImage(left, 0, 0, null);
        g.setClip(split, 0, w - split, h);
        g.drawImage(right, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * Renders {@code a} and {@code b} for {@code view} and swipes them at {@code fraction} (0–1) of the
     * width, with a 2-px white divider so the boundary is visible.
     */
    public static BufferedImage render(RasterLayerRenderer a, RasterLayerRenderer b, Viewport view, double fraction) {
        BufferedImage left = a.render(view);
        BufferedImage right = b.render(view);
        int split = (int) Math.round(Math.max(0, Math.min(1, fraction)) * left.getWidth());
        BufferedImage out = compose(left, right, split);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(Math.max(0, split - 1), 0, 2, out.getHeight());
        g.dispose();
        return out;
    }
}
