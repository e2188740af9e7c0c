package org.onemap.map.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.onemap.core.feature.Feature;

/**
 * Draws the features of one layer as they stream from the source: projects coordinates straight into
 * a reused path, drops vertices closer than half a device pixel to the last one kept, draws a
 * polygon a few pixels wide as its filled box and a feature smaller than a pixel as a single pixel.
 * One instance per layer per render.
 */
final class FeaturePainter {
    private static final double MIN_STEP = 0.5;   // device px: closer vertices add nothing visible
    private static final double SMALL = 3;        // device px: polygons this small are drawn as their box

    private final Graphics2D g;
    private final ScreenProjection p;
    private final LayerPaints paints;
    private final SymbolPainter symbols;
    private final LabelCollector labels;          // null = this layer has no labels here
    private final double width;
    private final double height;
    private final double margin;
    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, 256);
    private final Rectangle2D.Double box = new Rectangle2D.Double();
    long drawn;
    long asPixel;

    FeaturePainter(Graphics2D g, ScreenProjection p, LayerPaints paints, SymbolPainter symbols, LabelCollector labels,
                   int width, int height, double ratio) {
        this.g = g;
        this.p = p;
        this.paints = paints;
        this.symbols = symbols;
        this.labels = labels;
        this.width = width;
        this.height = height;
        double symbolSize = paints.style.symbol() != null ? paints.style.symbol().size() : 0;
        this.margin = (symbolSize + 4) * ratio;
    }

    void paint(Feature f) {
        Geometry geom = f.geometry();
        if (geom == null || geom.isEmpty()) return;
        Envelope e = geom.getEnvelopeInternal();
        double x0 = p.x(e.getMinX());
        double x1 = p.x(e.getMaxX());
        double y0 = p.y(e.getMaxY());
        double y1 = p.y(e.getMinY());
        if (labels != null) labels.offer(f, geom, x0, y0, x1, y1);
        if (x1 < -margin || x0 > width + margin || y1 < -margin || y0 > height + margin) return;

        Color fill = paints.fill;
        Color outline = paints.strokeColor;
        Color pointFill = null;
        if (paints.categorised()) {
            Color[] c = paints.forCategory(f.get(paints.categoryField()));
            fill = c[0];
            outline = c[1] != null ? c[1] : c[2];
            pointFill = c[2];
        }
        drawn++;
        if (!(geom instanceof Puntal) && x1 - x0 < 1 && y1 - y0 < 1) {
            Color c = geom instanceof Polygonal && fill != null ? fill : outline;
            if (c != null) {
                g.setColor(c);
                g.fillRect((int) Math.floor((x0 + x1) / 2), (int) Math.floor((y0 + y1) / 2), 1, 1);
            }
            asPixel++;
            return;
        }
        if (geom instanceof Polygonal && fill != null && x1 - x0 < SMALL && y1 - y0 < SMALL) {
            // A few pixels wide: its shape and outline are invisible, its colour is what shows.
            g.setColor(fill);
            box.setRect(x0, y0, x1 - x0, y1 - y0);
            g.fill(box);
            return;
        }
        draw(geom, fill, outline, pointFill);
    }

    private void draw(Geometry geom, Color fill, Color outline, Color pointFill) {
        if (geom instanceof Polygonal) {
            path.reset();
            for (int i = 0; i < geom.getNumGeometries(); i++) appendPolygon((Polygon) geom.getGeometryN(i));
            if (fill != null) {
                g.setColor(fill);
                g.fill(path);
                if (paints.hatch != null) {
                    g.setPaint(paints.hatch);
                    g.fill(path);
                }
            }
            if (paints.stroke != null && outline != null) {
                g.setStroke(paints.stroke);
                g.setColor(outline);
                g.draw(path);
            }
        } else if (geom instanceof Lineal) {
            if (paints.stroke == null || outline == null) return;
            path.reset();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                appendLine(((LineString) geom.getGeometryN(i)).getCoordinateSequence(), false);
            }
            g.setStroke(paints.stroke);
            g.setColor(paints.categorised() ? pointFill : outline);
            g.draw(path);
        } else if (geom instanceof Puntal) {
            if (paints.style.symbol() == null) return;
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Point pt = (Point) geom.getGeometryN(i);
                if (pt.isEmpty()) continue;
                symbols.paint(g, paints.style.symbol(), pointFill, p.x(pt.getX()), p.y(pt.getY()));
            }
        } else {
            // A GeometryCollection: draw each member with the same colours.
            for (int i = 0; i < geom.getNumGeometries(); i++) draw(geom.getGeometryN(i), fill, outline, pointFill);
        }
    }

    private void appendPolygon(Polygon poly) {
        if (poly.isEmpty()) return;
        appendLine(poly.getExteriorRing().getCoordinateSequence(), true);
        for (int r = 0; r < poly.getNumInteriorRing(); r++) {
            appendLine(poly.getInteriorRingN(r).getCoordinateSequence(), true);
        }
    }

    private void appendLine(CoordinateSequence seq, boolean ring) {
        int n = seq.size();
        if (n == 0) return;
        double lx = p.x(seq.getX(0));
        double ly = p.y(seq.getY(0));
        path.moveTo(lx, ly);
        int last = n - 1;
        for (int i = 1; i < n; i++) {
            double x = p.x(seq.getX(i));
            double y = p.y(seq.getY(i));
            if (i < last && Math.abs(x - lx) < MIN_STEP && Math.abs(y - ly) < MIN_STEP) continue;
            path.lineTo(x, y);
            lx = x;
            ly = y;
        }
        if (ring) path.closePath();
    }
}
