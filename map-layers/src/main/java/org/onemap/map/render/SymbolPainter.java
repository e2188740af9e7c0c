package org.onemap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.onemap.map.style.PointSymbol;
import org.onemap.map.style.SymbolShape;

/** Draws point symbols; one instance per render (it reuses its shapes, so it is not thread-safe). */
final class SymbolPainter {
    private final Ellipse2D.Double circle = new Ellipse2D.Double();
    private final Rectangle2D.Double square = new Rectangle2D.Double();
    private final Path2D.Double polygon = new Path2D.Double();
    private final double ratio;
    private BasicStroke outlineStroke;
    private double outlineWidth = -1;

    SymbolPainter(double ratio) { this.ratio = ratio; }

    /** Draws {@code s} centred on device pixel (x, y), filled with {@code fill} (null = the symbol's own). */
    void paint(Graphics2D g, PointSymbol s, Color fill, double x, double y) {
        Shape shape = shape(s.shape(), x, y, s.size() * ratio);
        g.setColor(fill != null ? fill : s.fill());
        g.fill(shape);
        if (s.outline() != null && s.outlineWidth() > 0) {
            if (s.outlineWidth() != outlineWidth) {
                outlineWidth = s.outlineWidth();
                outlineStroke = new BasicStroke((float) (outlineWidth * ratio), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            }
            g.setStroke(outlineStroke);
            g.setColor(s.outline());
            g.draw(shape);
        }
    }

    /** The symbol outline of {@code size} device pixels centred on (x, y); valid until the next call. */
    Shape shape(SymbolShape shape, double x, double y, double size) {
        double h = size / 2;
        switch (shape) {
            case SQUARE -> {
                square.setRect(x - h, y - h, size, size);
                return square;
            }
            case TRIANGLE -> {
                polygon.reset();
                polygon.moveTo(x, y - size * 0.6);
                polygon.lineTo(x + size * 0.58, y + size * 0.45);
                polygon.lineTo(x - size * 0.58, y + size * 0.45);
                polygon.closePath();
                return polygon;
            }
            case DIAMOND -> {
                polygon.reset();
                polygon.moveTo(x, y - size * 0.62);
                polygon.lineTo(x + size * 0.5, y);
                polygon.lineTo(x, y + size * 0.62);
                polygon.lineTo(x - size * 0.5, y);
                polygon.closePath();
                return polygon;
            }
            default -> {
                circle.setFrame(x - h, y - h, size, size);
                return circle;
            }
        }
    }
}
