package org.onemap.app.briefing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.onemap.map.render.MapFonts;
import org.onemap.map.render.Viewport;

/**
 * Draws a slide's {@link Annotation}s in map space: each lon/lat is projected with the slide's
 * {@link Viewport}, so a mark lands on the same place at any size or dpi. Drawn over the thematic layers
 * and under the decorations (legend, scale bar), as an overlay of the map composer.
 */
final class AnnotationPainter {
    /** Fill alpha of a highlight whose fill colour is opaque: the map must show through. */
    static final int HIGHLIGHT_ALPHA = 80;
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    private AnnotationPainter() {}

    /** Draws on a canvas in device pixels (as the composer hands overlays); leaves {@code g}'s state unchanged. */
    static void draw(Graphics2D device, Viewport vp, List<Annotation> annotations) {
        if (annotations.isEmpty()) return;
        Graphics2D g = (Graphics2D) device.create();
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            // highlights first so arrows and words are never hidden under a fill
            for (Annotation a : annotations) if (a instanceof Annotation.Highlight h) highlight(g, vp, h);
            for (Annotation a : annotations) if (a instanceof Annotation.Arrow r) arrow(g, vp, r);
            for (Annotation a : annotations) if (a instanceof Annotation.Text t) text(g, vp, t.lon(), t.lat(), t.text(), t.size(), t.colour(), t.halo());
        } finally {
            g.dispose();
        }
    }

    private static void arrow(Graphics2D g, Viewport vp, Annotation.Arrow a) {
        Point2D from = vp.toPixel(a.fromLon(), a.fromLat());
        Point2D to = vp.toPixel(a.toLon(), a.toLat());
        double dx = to.getX() - from.getX(), dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        if (len < 1) return;
        double head = Math.min(len * 0.6, Math.max(10, a.width() * 4));
        double ux = dx / len, uy = dy / len;
        // the shaft stops inside the head so its square end never pokes out of the tip
        Point2D shaftEnd = new Point2D.Double(to.getX() - ux * head * 0.8, to.getY() - uy * head * 0.8);
        Path2D tip = new Path2D.Double();
        tip.moveTo(to.getX(), to.getY());
        tip.lineTo(to.getX() - ux * head - uy * head * 0.5, to.getY() - uy * head + ux * head * 0.5);
        tip.lineTo(to.getX() - ux * head + uy * head * 0.5, to.getY() - uy * head - ux * head * 0.5);
        tip.closePath();
        Path2D shaft = new Path2D.Double();
        shaft.moveTo(from.getX(), from.getY());
        shaft.lineTo(shaftEnd.getX(), shaftEnd.getY());
        Color casing = new Color(255, 255, 255, 200);
        g.setColor(casing);
        g.setStroke(new BasicStroke((float) (a.width() + 3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shaft);
        g.draw(tip);
        g.setColor(a.colour());
        g.setStroke(new BasicStroke((float) a.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shaft);
        g.fill(tip);
    }

    /** Words centred on lon/lat with a halo as wide as a quarter of the font size. */
    static void text(Graphics2D g, Viewport vp, double lon, double lat, String text, double size, Color colour, Color halo) {
        if (text.isBlank()) return;
        Point2D p = vp.toPixel(lon, lat);
        textAt(g, p.getX(), p.getY(), text, size, colour, halo);
    }

    private static void textAt(Graphics2D g, double cx, double cy, String text, double size, Color colour, Color halo) {
        Font font = MapFonts.font(size, true);
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        Rectangle2D b = layout.getBounds();
        double x = cx - b.getCenterX(), y = cy - b.getCenterY();
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(halo);
        g.setStroke(new BasicStroke((float) Math.max(2, size / 4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    private static void highlight(Graphics2D g, Viewport vp, Annotation.Highlight h) {
        Geometry geom = h.geometry();
        Shape shape;
        if (geom.getDimension() == 0) {
            Coordinate c = geom.getCoordinate();
            Point2D centre = vp.toPixel(c.x, c.y);
            double r = Math.abs(vp.toPixelY(c.y + h.radiusMetres() / METRES_PER_DEGREE_LAT) - centre.getY());
            shape = new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
        } else {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                if (!(geom.getGeometryN(i) instanceof Polygon p)) continue;
                ring(path, vp, p.getExteriorRing().getCoordinates());
                for (int k = 0; k < p.getNumInteriorRing(); k++) ring(path, vp, p.getInteriorRingN(k).getCoordinates());
            }
            shape = path;
        }
        Color fill = h.fill() != null ? h.fill() : h.stroke();
        if (fill.getAlpha() == 255) fill = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), HIGHLIGHT_ALPHA);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(h.stroke());
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        if (!h.label().isBlank()) {
            Rectangle2D b = shape.getBounds2D();
            textAt(g, b.getCenterX(), b.getMinY() - 12, h.label(), 14, h.stroke(), Color.WHITE);
        }
    }

    private static void ring(Path2D path, Viewport vp, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            double x = vp.toPixelX(cs[i].x), y = vp.toPixelY(cs[i].y);
            if (i == 0) path.moveTo(x, y);
            else path.lineTo(x, y);
        }
        path.closePath();
    }
}
