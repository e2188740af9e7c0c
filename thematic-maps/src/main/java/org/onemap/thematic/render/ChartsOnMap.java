package org.onemap.thematic.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.data.NumericField;
import org.onemap.thematic.palette.Palette;

/**
 * A small chart per region at its interior point: a pie of the shares of several numeric fields
 * (slices clockwise from 12 o'clock, in field order) or a bar chart whose bar heights compare across
 * all regions (scaled to the largest value of any field in the layer). Colours from a qualitative palette.
 */
public final class ChartsOnMap implements MapOverlay {
    /** Chart type. */
    public enum Kind { PIE, BAR }

    private final FeatureSource source;
    private final List<String> fields;
    private final List<Color> colors;
    private final Kind kind;
    private final double size;
    private final double maxValue;

    /** @param size pie diameter or bar-chart height in logical pixels */
    public ChartsOnMap(FeatureSource source, List<String> fields, Palette palette, Kind kind, double size) {
        if (fields.isEmpty()) throw new IllegalArgumentException("a chart needs at least one field");
        this.source = source;
        this.fields = fields.stream().map(f -> NumericField.require(source, f).name()).toList();
        this.colors = palette.colors(fields.size());
        this.kind = kind;
        this.size = size;
        double max = 0;
        for (String f : this.fields) for (double v : NumericField.read(source, f)) if (v > max) max = v;
        this.maxValue = max;
    }

    /** Colour of field {@code i}'s slice or bar, for the legend. */
    public Color colorOf(int i) {
        return colors.get(i);
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        Graphics2D g = (Graphics2D) target.create();
        int[] drawn = {0};
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(0.8f));
            source.read(Query.bbox(vp.expandedBy((int) Math.ceil(size)).lonLatBounds()), f -> {
                if (f.geometry() == null || f.geometry().isEmpty()) return;
                double[] v = new double[fields.size()];
                double total = 0;
                for (int i = 0; i < v.length; i++) {
                    v[i] = f.get(fields.get(i)) instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : 0;
                    total += v[i];
                }
                if (total <= 0) return;
                Point p = Anchors.of(f.geometry());
                double x = vp.toPixelX(p.getX()), y = vp.toPixelY(p.getY());
                if (kind == Kind.PIE) pie(g, x, y, v, total); else bars(g, x, y, v);
                drawn[0]++;
            });
        } finally {
            g.dispose();
        }
        return drawn[0];
    }

    private void pie(Graphics2D g, double cx, double cy, double[] v, double total) {
        double r = size / 2, start = 90; // Java2D angles run counter-clockwise from 3 o'clock
        for (int i = 0; i < v.length; i++) {
            double extent = -360 * v[i] / total;
            if (extent == 0) continue;
            g.setColor(colors.get(i));
            g.fill(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.PIE));
            start += extent;
        }
        g.setColor(Color.WHITE);
        g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 0, 360, Arc2D.OPEN));
    }

    private void bars(Graphics2D g, double cx, double cy, double[] v) {
        double barWidth = Math.max(3, size / 4);
        double left = cx - barWidth * v.length / 2;
        for (int i = 0; i < v.length; i++) {
            double h = maxValue > 0 ? size * v[i] / maxValue : 0;
            Rectangle2D bar = new Rectangle2D.Double(left + i * barWidth, cy - h, barWidth, h);
            g.setColor(colors.get(i));
            g.fill(bar);
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Line2D.Double(left, cy, left + barWidth * v.length, cy));
    }
}
