package org.onemap.map.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws placed labels with Java2D: a round-joined halo stroke under each glyph outline, in list order. */
final class LabelPainter {
    private LabelPainter() {}

    static void paint(Graphics2D g, List<PlacedLabel> labels) {
        Composite base = g.getComposite();
        for (PlacedLabel l : labels) {
            Font font = MapFonts.font(l.fontSize(), l.bold());
            GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), l.text());
            Rectangle2D lb = gv.getLogicalBounds();
            double ascent = -lb.getY();
            AffineTransform at = AffineTransform.getTranslateInstance(l.x(), l.y());
            if (l.angle() != 0) at.rotate(l.angle());
            Shape text = at.createTransformedShape(
                    gv.getOutline((float) (-lb.getWidth() / 2), (float) (ascent - lb.getHeight() / 2)));
            g.setComposite(l.opacity() < 1 ? AlphaComposite.SrcOver.derive((float) l.opacity()) : base);
            if (l.halo() != null && l.haloWidth() > 0) {
                g.setColor(l.halo());
                g.setStroke(new BasicStroke((float) (2 * l.haloWidth()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(text);
            }
            g.setColor(l.color());
            g.fill(text);
        }
        g.setComposite(base);
    }
}
