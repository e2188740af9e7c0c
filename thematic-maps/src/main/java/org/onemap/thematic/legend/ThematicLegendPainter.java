package org.onemap.thematic.legend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.onemap.map.render.MapFonts;

/**
 * Draws a {@link ThematicLegend} as a boxed key: title, then a swatch (box, circle or line), label and
 * feature count per row ({@code "1 – 3  (12)"}; rows without a count show the label alone). Sizes are
 * logical pixels scaled by {@code pixelRatio}; text uses the map's CJK-capable font.
 */
public final class ThematicLegendPainter {
    private static final double PAD = 8, SWATCH = 14, LINE_LEN = 28, GAP = 4, FONT = 12;

    private ThematicLegendPainter() {}

    /** Row texts, swatch column width and box size in logical pixels. */
    private record Layout(String title, String[] rows, double[] rowH, double swatchW, double titleH, double w, double h) {}

    private static Layout layout(ThematicLegend legend, FontMetrics fm) {
        String title = legend.title() == null ? "" : legend.title();
        double swatchW = SWATCH;
        for (ThematicLegend.Entry e : legend.entries()) {
            if (symbol(e)) swatchW = Math.max(swatchW, 2 * e.size() + 2);
            if (e.swatch() == ThematicLegend.Swatch.LINE) swatchW = Math.max(swatchW, LINE_LEN);
        }
        double width = fm.stringWidth(title);
        String[] rows = new String[legend.entries().size()];
        double[] rowH = new double[rows.length];
        double rowsH = 0;
        for (int i = 0; i < rows.length; i++) {
            ThematicLegend.Entry e = legend.entries().get(i);
            rows[i] = e.counted() ? e.label() + "  (" + e.count() + ")" : e.label();
            width = Math.max(width, swatchW + GAP * 2 + fm.stringWidth(rows[i]));
            double key = symbol(e) ? 2 * e.size() + 2
                    : e.swatch() == ThematicLegend.Swatch.LINE ? e.size() + 2 : SWATCH;
            rowH[i] = Math.max(key, Math.max(SWATCH, fm.getHeight())) + GAP;
            rowsH += rowH[i];
        }
        double titleH = title.isEmpty() ? 0 : fm.getHeight() + GAP;
        return new Layout(title, rows, rowH, swatchW, titleH, width + 2 * PAD, titleH + rowsH + 2 * PAD - GAP);
    }

    private static boolean symbol(ThematicLegend.Entry e) {
        return switch (e.swatch()) {
            case CIRCLE, SQUARE, TRIANGLE, DIAMOND -> true;
            default -> false;
        };
    }

    /** Width and height in device pixels of the box {@link #draw} would draw. */
    public static Rectangle2D size(Graphics2D g, ThematicLegend legend, double pixelRatio) {
        Layout l = layout(legend, g.getFontMetrics(MapFonts.font(FONT, false)));
        return new Rectangle2D.Double(0, 0, l.w * pixelRatio, l.h * pixelRatio);
    }

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
            Layout l = layout(legend, fm);
            RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, l.w, l.h, 6, 6);
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(box);
            g.setColor(new Color(0x888888));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(box);
            g.setColor(new Color(0x222222));
            if (!l.title.isEmpty()) g.drawString(l.title, (float) PAD, (float) (PAD + fm.getAscent()));
            double top = PAD + l.titleH;
            for (int i = 0; i < l.rows.length; i++) {
                ThematicLegend.Entry e = legend.entries().get(i);
                double mid = top + (l.rowH[i] - GAP) / 2;
                drawSwatch(g, e, PAD, mid, l.swatchW);
                g.setColor(new Color(0x222222));
                g.drawString(l.rows[i], (float) (PAD + l.swatchW + GAP * 2), (float) (mid + (fm.getAscent() - fm.getDescent()) / 2.0));
                top += l.rowH[i];
            }
            return new Rectangle2D.Double(x, y, l.w * pixelRatio, l.h * pixelRatio);
        } finally {
            g.dispose();
        }
    }

    private static void drawSwatch(Graphics2D g, ThematicLegend.Entry e, double x, double mid, double swatchW) {
        switch (e.swatch()) {
            case CIRCLE, SQUARE, TRIANGLE, DIAMOND -> {
                double r = e.size(), cx = x + swatchW / 2;
                java.awt.Shape shape = switch (e.swatch()) {
                    case SQUARE -> new Rectangle2D.Double(cx - r, mid - r, 2 * r, 2 * r);
                    case TRIANGLE -> polygon(new double[] {cx, cx + r, cx - r}, new double[] {mid - r, mid + r * 0.8, mid + r * 0.8});
                    case DIAMOND -> polygon(new double[] {cx, cx + r, cx, cx - r}, new double[] {mid - r, mid, mid + r, mid});
                    default -> new Ellipse2D.Double(cx - r, mid - r, 2 * r, 2 * r);
                };
                g.setColor(e.color());
                g.fill(shape);
                g.setColor(e.color().darker());
                g.draw(shape);
            }
            case LINE -> {
                g.setColor(e.color());
                g.setStroke(new BasicStroke((float) Math.max(0.5, e.size()), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, mid, x + swatchW, mid));
                g.setStroke(new BasicStroke(0.8f));
            }
            default -> {
                Rectangle2D swatch = new Rectangle2D.Double(x + (swatchW - SWATCH) / 2, mid - SWATCH / 2, SWATCH, SWATCH);
                g.setColor(e.color());
                g.fill(swatch);
                g.setColor(new Color(0x666666));
                g.draw(swatch);
            }
        }
    }

    private static java.awt.geom.Path2D polygon(double[] xs, double[] ys) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    /** Where swatch {@code i}'s centre lands for a legend drawn at (0, 0) with ratio 1; for tests and hit-testing. */
    public static double swatchCentreY(ThematicLegend legend, int i, Graphics2D g) {
        Layout l = layout(legend, g.getFontMetrics(MapFonts.font(FONT, false)));
        double top = PAD + l.titleH;
        for (int k = 0; k < i; k++) top += l.rowH[k];
        return top + (l.rowH[i] - GAP) / 2;
    }

    /** X of every swatch's centre at ratio 1 for a legend of box rows only. */
    public static double swatchCentreX() {
        return PAD + SWATCH / 2;
    }
}
