package org.onemap.thematic.legend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.onemap.map.render.MapFonts;

/**
 * Draws a {@link ThematicLegend} as a boxed key: title, then a colour swatch, range label and feature
 * count per class ({@code "1 – 3  (12)"}). Sizes are logical pixels scaled by {@code pixelRatio}; text uses
 * the map's CJK-capable font.
 */
public final class ThematicLegendPainter {
    private static final double PAD = 8, SWATCH = 14, GAP = 4, FONT = 12;

    private ThematicLegendPainter() {}

    /** Draws with the box's top-left at device pixel ({@code x}, {@code y}); returns the box drawn. */
    public static Rectangle2D draw(Graphics2D target, ThematicLegend legend, double x, double y, double pixelRatio) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.translate(x, y);
            g.scale(pixelRatio, pixelRatio);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(MapFonts.font(FONT, false));
            FontMetrics fm = g.getFontMetrics();
            String title = legend.title() == null ? "" : legend.title();
            double width = fm.stringWidth(title);
            String[] rows = new String[legend.entries().size()];
            for (int i = 0; i < rows.length; i++) {
                ThematicLegend.Entry e = legend.entries().get(i);
                rows[i] = e.label() + "  (" + e.count() + ")";
                width = Math.max(width, SWATCH + GAP * 2 + fm.stringWidth(rows[i]));
            }
            double rowH = Math.max(SWATCH, fm.getHeight()) + GAP;
            double titleH = title.isEmpty() ? 0 : fm.getHeight() + GAP;
            double w = width + 2 * PAD, h = titleH + rows.length * rowH + 2 * PAD - GAP;
            RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, w, h, 6, 6);
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(box);
            g.setColor(new Color(0x888888));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(box);
            g.setColor(new Color(0x222222));
            if (!title.isEmpty()) g.drawString(title, (float) PAD, (float) (PAD + fm.getAscent()));
            for (int i = 0; i < rows.length; i++) {
                double top = PAD + titleH + i * rowH;
                Rectangle2D swatch = new Rectangle2D.Double(PAD, top, SWATCH, SWATCH);
                g.setColor(legend.entries().get(i).color());
                g.fill(swatch);
                g.setColor(new Color(0x666666));
                g.draw(swatch);
                g.setColor(new Color(0x222222));
                g.drawString(rows[i], (float) (PAD + SWATCH + GAP * 2), (float) (top + SWATCH / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
            }
            return new Rectangle2D.Double(x, y, w * pixelRatio, h * pixelRatio);
        } finally {
            g.dispose();
        }
    }

    /** Where swatch {@code i}'s centre lands for a legend drawn at (0, 0) with ratio 1 and a title; for tests and hit-testing. */
    public static double swatchCentreY(ThematicLegend legend, int i, Graphics2D g) {
        FontMetrics fm = g.getFontMetrics(MapFonts.font(FONT, false));
        double rowH = Math.max(SWATCH, fm.getHeight()) + GAP;
        double titleH = legend.title() == null || legend.title().isEmpty() ? 0 : fm.getHeight() + GAP;
        return PAD + titleH + i * rowH + SWATCH / 2;
    }

    /** X of every swatch's centre at ratio 1. */
    public static double swatchCentreX() {
        return PAD + SWATCH / 2;
    }
}
