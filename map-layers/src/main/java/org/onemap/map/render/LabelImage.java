package org.onemap.map.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * One placed label drawn into its own small image, halo and all, by the same Java2D painter as the
 * rendered maps: a screen then copies the image wherever the label goes instead of rasterising stroked
 * glyph outlines in every frame (a 4K wall's render thread spent most of its time on label halos).
 * The image covers the label's box in whole device pixels (and one pixel around it); {@code x}, {@code y} is its top-left corner
 * in the placement's device pixels, and the pixels are premultiplied ARGB, row by row.
 */
public record LabelImage(PlacedLabel label, int x, int y, int width, int height, int[] argbPre) {

    /** Draws {@code l} (its box must be in the same device pixels as its position). */
    public static LabelImage of(PlacedLabel l) {
        // one pixel more each side: the antialiased rim of the halo may reach just past the box
        int x0 = (int) Math.floor(l.box().getMinX()) - 1;
        int y0 = (int) Math.floor(l.box().getMinY()) - 1;
        int w = Math.max(1, (int) Math.ceil(l.box().getMaxX()) + 1 - x0);
        int h = Math.max(1, (int) Math.ceil(l.box().getMaxY()) + 1 - y0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapRenderer.hints(g);
            g.translate(-x0, -y0);   // the label keeps its sub-pixel position inside the image
            LabelPainter.paint(g, List.of(l));
        } finally {
            g.dispose();
        }
        return new LabelImage(l, x0, y0, w, h, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
    }

    /** Where the label's anchor (its centre point) lies in the image, in device pixels from its left. */
    public double anchorX() { return label.x() - x; }

    /** Where the label's anchor lies in the image, in device pixels from its top. */
    public double anchorY() { return label.y() - y; }
}
