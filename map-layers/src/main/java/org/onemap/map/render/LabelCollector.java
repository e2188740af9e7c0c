package org.onemap.map.render;

import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.onemap.core.feature.Feature;
import org.onemap.map.style.LabelStyle;

/**
 * Turns the labelled features of one layer into {@link LabelCandidate}s. Areas and lines partly
 * outside the label area are clipped to it first, so their label lands on the visible part.
 */
final class LabelCollector {
    private final List<LabelCandidate> out;
    private final ScreenProjection p;
    private final LabelStyle style;
    private final String layer;
    private final int layerIndex;
    private final double opacity;
    private final double ratio;
    private final double symbolRadius;
    private final Envelope clipLonLat;           // the label area in lon/lat
    private final double ax0, ay0, ax1, ay1;     // the label area in device pixels

    LabelCollector(List<LabelCandidate> out, ScreenProjection p, RenderLayer layer, int layerIndex, double ratio,
                   Envelope clipLonLat, double ax0, double ay0, double ax1, double ay1) {
        this(out, p, layer, layerIndex, ratio, 1, clipLonLat, ax0, ay0, ax1, ay1);
    }

    /** With the layer's label style scaled by {@code labelScale} (see {@link LabelStyle#scaled}). */
    LabelCollector(List<LabelCandidate> out, ScreenProjection p, RenderLayer layer, int layerIndex, double ratio, double labelScale,
                   Envelope clipLonLat, double ax0, double ay0, double ax1, double ay1) {
        this.out = out;
        this.p = p;
        // scaled here, so the placer measures, pads and the painter draws the larger text alike
        this.style = layer.style().label().scaled(labelScale);
        this.layer = layer.name();
        this.layerIndex = layerIndex;
        this.opacity = layer.opacity();
        this.ratio = ratio;
        this.symbolRadius = layer.style().symbol() != null ? layer.style().symbol().size() * ratio / 2 : 0;
        this.clipLonLat = clipLonLat;
        this.ax0 = ax0;
        this.ay0 = ay0;
        this.ax1 = ax1;
        this.ay1 = ay1;
    }

    /** Considers feature {@code f} whose envelope spans device pixels (x0, y0)–(x1, y1). */
    void offer(Feature f, Geometry geom, double x0, double y0, double x1, double y1) {
        Object value = f.get(style.field());
        if (value == null) return;
        String text = value.toString().strip();
        if (text.isEmpty()) return;
        if (x1 < ax0 || x0 > ax1 || y1 < ay0 || y0 > ay1) return;
        double minSpan = style.fontSize() * ratio;
        if (geom instanceof Puntal) {
            Point pt = (Point) geom.getGeometryN(0);
            if (pt.isEmpty()) return;
            add(f, text, LabelCandidate.Kind.POINT, p.x(pt.getX()), p.y(pt.getY()), 0, 0, 0);
        } else if (geom instanceof Polygonal) {
            if (x1 - x0 < 2 * minSpan || y1 - y0 < minSpan) return;   // too small to carry its name
            Point inside = clipped(geom).getInteriorPoint();
            if (inside == null || inside.isEmpty()) return;
            add(f, text, LabelCandidate.Kind.AREA, p.x(inside.getX()), p.y(inside.getY()), 0, 0, (x1 - x0) * (y1 - y0));
        } else if (geom instanceof Lineal) {
            if (x1 - x0 < minSpan && y1 - y0 < minSpan) return;
            lineCandidate(f, text, clipped(geom));
        }
    }

    private Geometry clipped(Geometry geom) {
        if (clipLonLat.contains(geom.getEnvelopeInternal())) return geom;
        try {
            Geometry c = geom.intersection(geom.getFactory().toGeometry(clipLonLat));
            return c.isEmpty() ? geom : c;
        } catch (RuntimeException e) {
            return geom;   // invalid geometry: label the whole feature rather than fail the render
        }
    }

    // Centre of the longest visible part, turned along the segment there.
    private void lineCandidate(Feature f, String text, Geometry geom) {
        double best = 0;
        double bx = 0, by = 0, bAngle = 0;
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            if (!(geom.getGeometryN(i) instanceof LineString ls)) continue;
            CoordinateSequence s = ls.getCoordinateSequence();
            int n = s.size();
            if (n < 2) continue;
            double len = 0;
            double px = p.x(s.getX(0)), py = p.y(s.getY(0));
            for (int k = 1; k < n; k++) {
                double x = p.x(s.getX(k)), y = p.y(s.getY(k));
                len += Math.hypot(x - px, y - py);
                px = x;
                py = y;
            }
            if (len <= best) continue;
            best = len;
            double half = len / 2, walked = 0;
            px = p.x(s.getX(0));
            py = p.y(s.getY(0));
            for (int k = 1; k < n; k++) {
                double x = p.x(s.getX(k)), y = p.y(s.getY(k));
                double seg = Math.hypot(x - px, y - py);
                if (walked + seg >= half && seg > 0) {
                    double t = (half - walked) / seg;
                    bx = px + t * (x - px);
                    by = py + t * (y - py);
                    bAngle = Math.atan2(y - py, x - px);
                    break;
                }
                walked += seg;
                px = x;
                py = y;
            }
        }
        if (best <= 0) return;
        if (bAngle > Math.PI / 2) bAngle -= Math.PI;          // keep text upright
        else if (bAngle < -Math.PI / 2) bAngle += Math.PI;
        add(f, text, LabelCandidate.Kind.LINE, bx, by, bAngle, best, best);
    }

    private void add(Feature f, String text, LabelCandidate.Kind kind, double x, double y, double angle, double room,
                     double size) {
        out.add(new LabelCandidate(text, layer, f.id(), style, kind, x, y, angle, symbolRadius, room, size, layerIndex, opacity));
    }
}
