package org.onemap.app.briefing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.onemap.map.render.MapFonts;
import org.onemap.thematic.module.Indicator;

/**
 * Draws one indicator as a chart panel in Java2D (headless, so PDF, PPTX, package previews and the
 * viewer show the same picture): a white card with the indicator's label, its value and unit, a badge
 * saying where the figures come from (合成数据 / generated, or 2020年人口普查 / 2020 census), and a bar
 * chart, a pie with its key, or the figure alone when the indicator has no series.
 */
final class ChartPainter {
    /** Bar and slice colours, in series order (ColorBrewer Set2-like, readable on white). */
    static final List<Color> PALETTE = List.of(new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
            new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x1f78b4), new Color(0xb2df8a), new Color(0x999999));
    static final Color GENERATED_BADGE = new Color(0xE0, 0x82, 0x14);
    static final Color CENSUS_BADGE = new Color(0x2B, 0x6C, 0xB0);
    private static final int MAX_CATEGORIES = 8;

    private final Locale locale;
    private final boolean english;

    ChartPainter(Locale locale) {
        this.locale = locale;
        this.english = locale.getLanguage().equals("en");
    }

    /** The badge text for where the indicator's figures come from. */
    String badge(Indicator i) {
        if (i.generated()) return english ? "generated" : "合成数据";
        return english ? "2020 census" : "2020年人口普查";
    }

    /** Draws the panel into {@code box} (logical pixels; {@code g} already scaled to device pixels). */
    void draw(Graphics2D g, Rectangle2D box, Indicator ind) {
        double x = box.getX(), y = box.getY(), w = box.getWidth(), h = box.getHeight();
        g.setColor(new Color(255, 255, 255, 235));
        RoundRectangle2D card = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.fill(card);
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.setStroke(new BasicStroke(1f));
        g.draw(card);

        String badge = badge(ind);
        Font badgeFont = MapFonts.font(10, true);
        FontMetrics bfm = g.getFontMetrics(badgeFont);
        double bw = bfm.stringWidth(badge) + 10, bh = bfm.getHeight() + 2;
        double bx = x + w - bw - 8, by = y + 8;
        g.setColor(ind.generated() ? GENERATED_BADGE : CENSUS_BADGE);
        g.fill(new RoundRectangle2D.Double(bx, by, bw, bh, 6, 6));
        g.setColor(Color.WHITE);
        g.setFont(badgeFont);
        g.drawString(badge, (float) (bx + 5), (float) (by + 1 + bfm.getAscent()));

        Font titleFont = MapFonts.font(13, true);
        g.setFont(titleFont);
        g.setColor(new Color(0x22, 0x22, 0x22));
        FontMetrics tfm = g.getFontMetrics();
        g.drawString(fit(ind.label(), tfm, w - bw - 24), (float) (x + 10), (float) (y + 8 + tfm.getAscent()));
        Font valueFont = MapFonts.font(11, false);
        g.setFont(valueFont);
        FontMetrics vfm = g.getFontMetrics();
        double lineY = y + 10 + tfm.getHeight();
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.drawString(number(ind.value()) + (ind.unit().isEmpty() ? "" : " " + ind.unit()), (float) (x + 10), (float) (lineY + vfm.getAscent()));

        Rectangle2D plot = new Rectangle2D.Double(x + 10, lineY + vfm.getHeight() + 6, w - 20, y + h - (lineY + vfm.getHeight() + 6) - 8);
        List<Indicator.Datum> series = ind.series().size() > MAX_CATEGORIES ? ind.series().subList(0, MAX_CATEGORIES) : ind.series();
        if (series.isEmpty() || ind.chart() == Indicator.Chart.NONE) figure(g, plot, ind);
        else if (ind.chart() == Indicator.Chart.PIE) pie(g, plot, series);
        else bars(g, plot, series);
    }

    private void figure(Graphics2D g, Rectangle2D plot, Indicator ind) {
        Font big = MapFonts.font(Math.min(36, plot.getHeight() * 0.6), true);
        g.setFont(big);
        g.setColor(PALETTE.get(0));
        FontMetrics fm = g.getFontMetrics();
        String s = number(ind.value());
        g.drawString(s, (float) (plot.getCenterX() - fm.stringWidth(s) / 2.0), (float) (plot.getCenterY() + fm.getAscent() / 2.0 - 2));
    }

    /** Horizontal bars: Chinese category names read better on the left than slanted under columns. */
    private void bars(Graphics2D g, Rectangle2D plot, List<Indicator.Datum> series) {
        Font f = MapFonts.font(Math.max(8, Math.min(11, plot.getHeight() / series.size() - 3)), false);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double max = series.stream().mapToDouble(Indicator.Datum::value).max().orElse(0);
        double labelW = Math.min(plot.getWidth() * 0.35, series.stream().mapToInt(d -> fm.stringWidth(d.label())).max().orElse(0) + 4);
        double valueW = series.stream().mapToInt(d -> fm.stringWidth(number(d.value()))).max().orElse(0) + 6;
        double barX = plot.getX() + labelW, barMaxW = Math.max(10, plot.getWidth() - labelW - valueW);
        double row = plot.getHeight() / series.size();
        for (int i = 0; i < series.size(); i++) {
            Indicator.Datum d = series.get(i);
            double ry = plot.getY() + i * row;
            double bw = max > 0 ? Math.max(1, d.value() / max * barMaxW) : 1;
            g.setColor(PALETTE.get(i % PALETTE.size()));
            g.fill(new Rectangle2D.Double(barX, ry + row * 0.15, bw, row * 0.7));
            g.setColor(new Color(0x33, 0x33, 0x33));
            float ty = (float) (ry + row / 2 + fm.getAscent() / 2.0 - 1);
            g.drawString(fit(d.label(), fm, labelW - 4), (float) plot.getX(), ty);
            g.drawString(number(d.value()), (float) (barX + bw + 4), ty);
        }
    }

    private void pie(Graphics2D g, Rectangle2D plot, List<Indicator.Datum> series) {
        double total = series.stream().mapToDouble(d -> Math.max(0, d.value())).sum();
        double d = Math.min(plot.getHeight(), plot.getWidth() * 0.45);
        double px = plot.getX(), py = plot.getY() + (plot.getHeight() - d) / 2;
        double start = 90;
        for (int i = 0; i < series.size(); i++) {
            double v = Math.max(0, series.get(i).value());
            double extent = total > 0 ? -360 * v / total : 0;
            g.setColor(PALETTE.get(i % PALETTE.size()));
            g.fill(new Arc2D.Double(px, py, d, d, start, extent, Arc2D.PIE));
            start += extent;
        }
        Font f = MapFonts.font(Math.max(8, Math.min(11, plot.getHeight() / series.size() - 3)), false);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double kx = px + d + 10, row = Math.min(fm.getHeight() + 2, plot.getHeight() / series.size());
        double ky = plot.getCenterY() - row * series.size() / 2;
        for (int i = 0; i < series.size(); i++) {
            Indicator.Datum datum = series.get(i);
            double ry = ky + i * row;
            g.setColor(PALETTE.get(i % PALETTE.size()));
            g.fill(new Rectangle2D.Double(kx, ry + (row - 8) / 2, 8, 8));
            g.setColor(new Color(0x33, 0x33, 0x33));
            String pct = total > 0 ? String.format(Locale.ROOT, " %.0f%%", 100 * Math.max(0, datum.value()) / total) : "";
            g.drawString(fit(datum.label() + pct, fm, plot.getMaxX() - kx - 12), (float) (kx + 12), (float) (ry + row / 2 + fm.getAscent() / 2.0 - 1));
        }
    }

    private String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.abs(v) >= 100 ? 0 : 1);
        return f.format(v);
    }

    /** {@code s}, cut with an ellipsis to fit {@code width} pixels. */
    private static String fit(String s, FontMetrics fm, double width) {
        if (fm.stringWidth(s) <= width) return s;
        for (int n = s.length() - 1; n > 0; n--) {
            String t = s.substring(0, n) + "…";
            if (fm.stringWidth(t) <= width) return t;
        }
        return "…";
    }
}
