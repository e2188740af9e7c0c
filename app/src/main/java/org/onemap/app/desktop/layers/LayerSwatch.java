package org.onemap.app.desktop.layers;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.onemap.core.feature.GeometryKind;
import org.onemap.map.style.CategoryColors;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.PointSymbol;
import org.onemap.map.style.StrokeStyle;

/** The small legend symbol beside a layer's name, drawn from the layer's map style. */
final class LayerSwatch {
    static final double SIZE = 16;

    private LayerSwatch() {}

    static Node of(LayerStyle style, GeometryKind kind) {
        Group g = new Group();
        Rectangle frame = new Rectangle(SIZE, SIZE, Color.TRANSPARENT);
        g.getChildren().add(frame);
        if (style.symbol() != null && (kind.isPuntal() || style.fill() == null && style.stroke() == null)) {
            g.getChildren().add(point(style.symbol()));
        } else if (kind.isLineal() || style.fill() == null && style.stroke() != null && style.categories() == null) {
            Line l = new Line(1, SIZE - 3, SIZE - 1, 3);
            strokeOf(l, style.stroke(), Color.GRAY);
            l.setStrokeWidth(Math.min(3, Math.max(1.5, style.stroke() == null ? 1.5 : style.stroke().width())));
            g.getChildren().add(l);
        } else {
            Rectangle r = new Rectangle(1.5, 1.5, SIZE - 3, SIZE - 3);
            r.setFill(fillOf(style.fill(), style.categories()));
            strokeOf(r, style.stroke(), Color.rgb(90, 90, 90));
            g.getChildren().add(r);
        }
        return g;
    }

    private static Shape point(PointSymbol s) {
        double c = SIZE / 2, r = Math.min(SIZE / 2 - 1, Math.max(3, s.size() / 2 + 1));
        Shape shape = switch (s.shape()) {
            case CIRCLE -> new Circle(c, c, r);
            case SQUARE -> new Rectangle(c - r, c - r, 2 * r, 2 * r);
            case TRIANGLE -> new Polygon(c, c - r, c + r, c + r, c - r, c + r);
            case DIAMOND -> new Polygon(c, c - r, c + r, c, c, c + r, c - r, c);
        };
        shape.setFill(fx(s.fill(), 1));
        shape.setStroke(s.outline() == null ? Color.WHITE : fx(s.outline(), 1));
        shape.setStrokeWidth(1);
        return shape;
    }

    private static Color fillOf(FillStyle fill, CategoryColors categories) {
        if (categories != null && !categories.colors().isEmpty()) {
            return fx(categories.colors().values().iterator().next(), fill == null ? 1 : fill.opacity());
        }
        return fill == null ? Color.TRANSPARENT : fx(fill.color(), Math.max(0.35, fill.opacity()));
    }

    private static void strokeOf(Shape shape, StrokeStyle stroke, Color fallback) {
        shape.setStroke(stroke == null || stroke.color() == null ? fallback : fx(stroke.color(), 1));
        shape.setStrokeWidth(1.2);
    }

    static Color fx(java.awt.Color c, double opacity) {
        if (c == null) return Color.TRANSPARENT;
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, opacity * c.getAlpha() / 255.0)));
    }
}
