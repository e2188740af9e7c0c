package org.onemap.thematic.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.data.NumericField;

/**
 * Proportional symbols: a circle per feature whose <em>area</em> is proportional to the value
 * (radius ∝ √value, as readers judge circles by area), the largest value at {@code maxRadius} logical
 * pixels. Big circles are drawn first so small ones stay visible on top. Zero, negative and null
 * values get no symbol. With {@link #graduated} the radius steps by class instead (graduated symbols).
 */
public final class ProportionalSymbols implements MapOverlay {
    private final FeatureSource source;
    private final String field;
    private final double maxValue;
    private final double maxRadius;
    private final Color fill;
    private final Breaks classes;

    private ProportionalSymbols(FeatureSource source, String field, double maxRadius, Color fill, Breaks classes) {
        this.source = source;
        this.field = NumericField.require(source, field).name();
        double max = 0;
        for (double v : NumericField.read(source, this.field)) if (v > max) max = v;
        this.maxValue = max;
        this.maxRadius = maxRadius;
        this.fill = fill;
        this.classes = classes;
    }

    /** Radius continuous in √value. */
    public static ProportionalSymbols of(FeatureSource source, String field, double maxRadius, Color fill) {
        return new ProportionalSymbols(source, field, maxRadius, fill, null);
    }

    /** Graduated: class {@code i} of {@code K} gets radius {@code maxRadius·(i+1)/K}. */
    public static ProportionalSymbols graduated(FeatureSource source, String field, Breaks classes, double maxRadius, Color fill) {
        return new ProportionalSymbols(source, field, maxRadius, fill, classes);
    }

    /** Radius in logical pixels of a value; 0 means no symbol. */
    public double radiusOf(double value) {
        if (!(value > 0) || maxValue <= 0) return 0;
        if (classes != null) {
            int c = classes.classOf(value);
            return c < 0 ? 0 : maxRadius * (c + 1) / classes.classes();
        }
        return maxRadius * Math.sqrt(Math.min(value, maxValue) / maxValue);
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        record Symbol(double x, double y, double r) {}
        List<Symbol> symbols = new ArrayList<>();
        Anchors.inView(source, vp, (int) Math.ceil(maxRadius), f -> {
            if (!(f.get(field) instanceof Number n)) return;
            double r = radiusOf(n.doubleValue());
            if (r <= 0) return;
            Point p = Anchors.of(f.geometry());
            symbols.add(new Symbol(vp.toPixelX(p.getX()), vp.toPixelY(p.getY()), r));
        });
        symbols.sort((a, b) -> Double.compare(b.r, a.r));
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(1f));
            Color translucent = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 200);
            for (Symbol s : symbols) {
                Ellipse2D e = new Ellipse2D.Double(s.x - s.r, s.y - s.r, 2 * s.r, 2 * s.r);
                g.setColor(translucent);
                g.fill(e);
                g.setColor(fill.darker());
                g.draw(e);
            }
        } finally {
            g.dispose();
        }
        return symbols.size();
    }
}
