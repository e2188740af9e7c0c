package org.onemap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.map.style.LayerStyle;

/**
 * Draws the legend box: one row per drawn layer, top layer first, with its symbol and title; a
 * categorised layer gets a heading row and one row per category (plus "other").
 */
final class LegendPainter {
    private static final double ROW = 19;
    private static final double SWATCH_W = 24;
    private static final double SWATCH_H = 12;
    private static final double PAD = 9;

    private record Row(String text, RenderLayer layer, GeometryKind kind, Color category, boolean heading, boolean indent) {}

    private final double ratio;
    private final Locale locale;

    LegendPainter(double ratio, Locale locale) {
        this.ratio = ratio;
        this.locale = locale;
    }

    /** Draws the legend with its bottom-left corner at device (x, bottom); returns its box, or null when empty. */
    Rectangle2D draw(Graphics2D g, List<RenderLayer> drawnLayers, double x, double bottom, double maxHeight,
                     List<String> entriesOut) {
        List<Row> rows = rows(drawnLayers);
        if (rows.isEmpty()) return null;
        Font heading = MapFonts.font(13 * ratio, true);
        Font text = MapFonts.font(12 * ratio, false);
        double row = ROW * ratio;
        double pad = PAD * ratio;
        double headH = 22 * ratio;
        int fit = (int) Math.floor((maxHeight - 2 * pad - headH) / row);
        boolean truncated = fit < rows.size();
        if (truncated) {
            rows = new ArrayList<>(rows.subList(0, Math.max(0, fit - 1)));
            rows.add(new Row(MapMessages.get(locale, "legend.more"), null, null, null, true, false));
        }
        FontMetrics fm = g.getFontMetrics(text);
        FontMetrics hm = g.getFontMetrics(heading);
        String title = MapMessages.get(locale, "legend.title");
        double textX = (SWATCH_W + 8) * ratio;
        double width = hm.stringWidth(title);
        for (Row r : rows) {
            double indent = r.indent ? 12 * ratio : 0;
            double w = (r.heading ? hm.stringWidth(r.text) * 0.95 : textX + fm.stringWidth(r.text)) + indent;
            width = Math.max(width, w);
        }
        double boxW = width + 2 * pad;
        double boxH = headH + rows.size() * row + 2 * pad - 4 * ratio;
        Rectangle2D box = new Rectangle2D.Double(x, bottom - boxH, boxW, boxH);
        MapDecorations.panel(g, box, ratio);

        g.setColor(new Color(0x222222));
        g.setFont(heading);
        double y = box.getY() + pad;
        g.drawString(title, (float) (x + pad), (float) (y + hm.getAscent()));
        y += headH;
        SymbolPainter symbols = new SymbolPainter(ratio);
        for (Row r : rows) {
            double indent = r.indent ? 12 * ratio : 0;
            double cx = x + pad + indent;
            double mid = y + row / 2;
            if (r.heading) {
                g.setFont(r.layer == null ? text : heading.deriveFont((float) (12 * ratio)));
                g.setColor(new Color(0x333333));
                g.drawString(r.text, (float) cx, (float) (mid + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
            } else {
                swatch(g, symbols, r.layer.style(), r.kind, r.category, cx, mid);
                g.setFont(text);
                g.setColor(new Color(0x333333));
                g.drawString(r.text, (float) (cx + textX), (float) (mid + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
            }
            entriesOut.add(r.text);
            y += row;
        }
        return box;
    }

    private List<Row> rows(List<RenderLayer> layers) {
        List<Row> rows = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            RenderLayer l = layers.get(i);
            String title = l.titleIn(locale);
            LayerStyle s = l.style();
            GeometryKind kind = kind(l);
            if (s.categories() != null) {
                rows.add(new Row(title, l, kind, null, true, false));
                s.categories().colors().forEach((value, color) -> rows.add(new Row(value, l, kind, color, false, true)));
                rows.add(new Row(MapMessages.get(locale, "category.other"), l, kind, s.categories().other(), false, true));
            } else {
                rows.add(new Row(title, l, kind, null, false, false));
            }
        }
        return rows;
    }

    private static GeometryKind kind(RenderLayer l) {
        GeometryKind k = l.source().schema().geometryType();
        if (k != GeometryKind.GEOMETRY) return k;
        // A mixed-geometry layer: show the symbol for what its first feature is.
        List<org.onemap.core.feature.Feature> first = l.source().list(Query.ALL.withLimit(1));
        if (!first.isEmpty() && first.get(0).geometry() != null) {
            GeometryKind f = GeometryKind.of(first.get(0).geometry());
            if (f != GeometryKind.GEOMETRY) return f;
        }
        LayerStyle s = l.style();
        if (s.symbol() != null && s.fill() == null && s.stroke() == null) return GeometryKind.POINT;
        return s.fill() != null || s.categories() != null ? GeometryKind.POLYGON : GeometryKind.LINESTRING;
    }

    private void swatch(Graphics2D g, SymbolPainter symbols, LayerStyle s, GeometryKind kind, Color category,
                        double x, double mid) {
        double w = SWATCH_W * ratio;
        double h = SWATCH_H * ratio;
        LayerPaints paints = new LayerPaints(s, ratio);
        if (kind.isPuntal()) {
            if (s.symbol() != null) symbols.paint(g, s.symbol(), category, x + w / 2, mid);
            return;
        }
        if (kind.isLineal()) {
            if (paints.stroke == null) return;
            g.setStroke(paints.stroke);
            g.setColor(category != null ? category : paints.strokeColor);
            g.draw(new Line2D.Double(x + 1, mid, x + w - 1, mid));
            return;
        }
        Rectangle2D rect = new Rectangle2D.Double(x, mid - h / 2, w, h);
        Color fill = paints.fill;
        Color outline = paints.strokeColor;
        if (category != null) {
            fill = LayerPaints.withAlpha(category, s.fill() != null ? s.fill().opacity() : 1);
            outline = s.stroke() == null ? null : s.stroke().darkerThanFill() ? s.stroke().colorFor(category) : s.stroke().color();
        }
        if (fill != null) {
            g.setColor(fill);
            g.fill(rect);
            if (paints.hatch != null) {
                g.setPaint(paints.hatch);
                g.fill(rect);
            }
        }
        if (outline != null) {
            g.setStroke(new BasicStroke((float) Math.max(ratio, paints.stroke.getLineWidth())));
            g.setColor(outline);
            g.draw(new RoundRectangle2D.Double(rect.getX(), rect.getY(), w, h, 2 * ratio, 2 * ratio));
        }
    }
}
