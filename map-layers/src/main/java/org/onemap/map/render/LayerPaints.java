package org.onemap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onemap.map.style.CategoryColors;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.StrokeStyle;

/**
 * A layer style resolved into Java2D paints and strokes at one device pixel ratio, once per layer
 * per render rather than once per feature. Category colours are looked up per feature.
 */
final class LayerPaints {
    final LayerStyle style;
    final Color fill;              // null = polygons not filled (categories may still fill them)
    final Paint hatch;             // null = no hatching
    final BasicStroke stroke;      // null = no lines or outlines
    final Color strokeColor;
    private final CategoryColors categories;
    private final double fillOpacity;
    private final Map<String, Color[]> byCategory = new HashMap<>();

    LayerPaints(LayerStyle style, double ratio) {
        this.style = style;
        this.categories = style.categories();
        this.fillOpacity = style.fill() != null ? style.fill().opacity() : 1;
        this.fill = style.fill() != null ? style.fill().effectiveColor() : null;
        this.hatch = style.fill() != null && style.fill().hatched() ? hatch(style.fill().color(), ratio) : null;
        StrokeStyle s = style.stroke();
        this.stroke = s == null ? null : stroke(s, ratio);
        this.strokeColor = s == null ? null : s.colorFor(style.fill() != null ? style.fill().color() : null);
    }

    boolean categorised() { return categories != null; }

    String categoryField() { return categories.field(); }

    /** {fill with opacity, outline, opaque colour} of a category value; computed once per value per render. */
    Color[] forCategory(Object value) {
        String key = value == null ? "\u0000null" : value.toString();
        Color[] c = byCategory.get(key);
        if (c == null) {
            Color base = categories.colorOf(value);
            Color outline = style.stroke() == null ? null
                    : style.stroke().darkerThanFill() ? style.stroke().colorFor(base) : style.stroke().color();
            c = new Color[] {withAlpha(base, fillOpacity), outline, base};
            byCategory.put(key, c);
        }
        return c;
    }

    static BasicStroke stroke(StrokeStyle s, double ratio) {
        float w = (float) (s.width() * ratio);
        if (!s.dashed()) return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        List<Double> d = s.dash();
        float[] dash = new float[d.size()];
        for (int i = 0; i < dash.length; i++) dash[i] = (float) (d.get(i) * ratio);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    static Color withAlpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(c.getAlpha() * opacity));
    }

    // Diagonal lines anchored at the image origin; 256-px tiles are a whole number of periods, so tiles join up.
    static Paint hatch(Color color, double ratio) {
        int size = Math.max(4, (int) Math.round(8 * ratio));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(withAlpha(color, 0.75));
        g.setStroke(new BasicStroke((float) Math.max(1, ratio)));
        g.drawLine(0, size, size, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(size - 1, size + 1, size + 1, size - 1);
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size));
    }
}
