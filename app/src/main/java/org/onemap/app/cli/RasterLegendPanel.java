package org.onemap.app.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.map.raster.BandStatistics;
import org.onemap.map.raster.ColorRamp;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.raster.RasterStyle;
import org.onemap.map.render.LegendPanel;
import org.onemap.map.render.MapFonts;

/**
 * The key of the raster layers drawn by {@code render --raster}: per layer its name, what the style
 * shows and a "generated" mark for synthetic data, over the colour bar of its ramp with the values at
 * both ends (NDVI −1…1, elevation in the stretched range, hillshade from shaded to lit).
 */
final class RasterLegendPanel implements LegendPanel {
    private static final double PAD = 8, GAP = 4, FONT = 12, SMALL = 10, BAR_W = 150, BAR_H = 10;
    private static final Color TEXT = new Color(0x222222);

    /** One layer's row: its label, and the ramp with end labels (null ramp: no bar, e.g. RGB). */
    private record Row(String label, ColorRamp ramp, String low, String high) {}

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    RasterLegendPanel(List<RasterLayer> layers, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        this.title = en ? "Rasters" : "栅格图层";
        for (RasterLayer l : layers) rows.add(row(l, en));
    }

    private static Row row(RasterLayer l, boolean en) {
        RasterStyle s = l.style();
        String name = l.title() != null ? l.title() : l.name();
        String mark = l.generated() ? (en ? " (generated)" : "（合成 generated）") : "";
        return switch (s.kind()) {
            case HILLSHADE -> new Row(name + (en ? " · hillshade" : " · 山体阴影") + mark, ColorRamp.grey(),
                    en ? "shaded" : "背光", en ? "lit" : "向光");
            case RGB -> {
                int[] b = s.bands();
                yield new Row(name + " · RGB " + (b[0] + 1) + "," + (b[1] + 1) + "," + (b[2] + 1) + mark, null, null, null);
            }
            default -> {
                double lo = s.min(0), hi = s.max(0);
                if (Double.isNaN(lo) || Double.isNaN(hi)) {
                    BandStatistics st = BandStatistics.of(l.raster(), s.bands()[0]);
                    lo = Double.isNaN(lo) ? st.p2() : lo;
                    hi = Double.isNaN(hi) ? st.p98() : hi;
                }
                String what = s.ramp() != null && lo == -1 && hi == 1 ? " · NDVI" : "";
                yield new Row(name + what + mark, s.ramp(), number(lo), number(hi));
            }
        };
    }

    private static String number(double v) {
        return Math.abs(v) >= 10 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    public Dimension2D size(Graphics2D g, double pixelRatio) {
        double[] wh = layout(g.getFontMetrics(MapFonts.font(FONT, false)), g.getFontMetrics(MapFonts.font(SMALL, false)));
        java.awt.Dimension d = new java.awt.Dimension();
        d.setSize(Math.ceil(wh[0] * pixelRatio), Math.ceil(wh[1] * pixelRatio));
        return d;
    }

    /** Width and height in logical pixels. */
    private double[] layout(FontMetrics fm, FontMetrics small) {
        double w = fm.stringWidth(title), h = PAD + fm.getHeight() + GAP;
        for (Row r : rows) {
            w = Math.max(w, fm.stringWidth(r.label));
            h += fm.getHeight();
            if (r.ramp != null) {
                w = Math.max(w, BAR_W);
                h += GAP + BAR_H + small.getHeight();
            }
            h += GAP;
        }
        return new double[] {w + 2 * PAD, h + PAD - GAP};
    }

    @Override
    public void draw(Graphics2D target, double x, double y, double pixelRatio) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.translate(x, y);
            g.scale(pixelRatio, pixelRatio);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics fm = g.getFontMetrics(MapFonts.font(FONT, false));
            FontMetrics small = g.getFontMetrics(MapFonts.font(SMALL, false));
            double[] wh = layout(fm, small);
            RoundRectangle2D box = new RoundRectangle2D.Double(0, 0, wh[0], wh[1], 6, 6);
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(box);
            g.setColor(new Color(0x888888));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(box);
            g.setColor(TEXT);
            g.setFont(fm.getFont());
            double top = PAD;
            g.drawString(title, (float) PAD, (float) (top + fm.getAscent()));
            top += fm.getHeight() + GAP;
            for (Row r : rows) {
                g.setFont(fm.getFont());
                g.setColor(TEXT);
                g.drawString(r.label, (float) PAD, (float) (top + fm.getAscent()));
                top += fm.getHeight();
                if (r.ramp != null) {
                    top += GAP;
                    for (int i = 0; i < BAR_W; i++) {
                        g.setColor(new Color(r.ramp.rgb(i / (BAR_W - 1))));
                        g.fill(new Rectangle2D.Double(PAD + i, top, 1.2, BAR_H));
                    }
                    g.setColor(new Color(0x666666));
                    g.draw(new Rectangle2D.Double(PAD, top, BAR_W, BAR_H));
                    top += BAR_H;
                    g.setFont(small.getFont());
                    g.setColor(TEXT);
                    g.drawString(r.low, (float) PAD, (float) (top + small.getAscent()));
                    g.drawString(r.high, (float) (PAD + BAR_W - small.stringWidth(r.high)), (float) (top + small.getAscent()));
                    top += small.getHeight();
                }
                top += GAP;
            }
        } finally {
            g.dispose();
        }
    }

    /** The title, then each layer's label as painted. */
    @Override
    public List<String> entries() {
        List<String> out = new ArrayList<>();
        out.add(title);
        for (Row r : rows) out.add(r.label);
        return out;
    }
}
