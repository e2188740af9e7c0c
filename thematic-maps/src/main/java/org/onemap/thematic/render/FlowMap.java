package org.onemap.thematic.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onemap.map.render.Viewport;

/**
 * An origin–destination flow map: each flow is a quadratic curve bowed to the right of its direction
 * (so A→B and B→A stay apart), stroke width linear in volume between {@code minWidth} and
 * {@code maxWidth} logical pixels, with a filled arrowhead at the destination sized to the width.
 * Thick flows are drawn first so thin ones stay visible on top.
 */
public final class FlowMap implements MapOverlay {
    private final List<Flow> flows;
    private final Color color;
    private final double minWidth;
    private final double maxWidth;
    private final double curvature;
    private final double maxVolume;

    /**
     * @param curvature how far the curve's control point sits from the chord's midpoint, as a fraction
     *                  of the chord length (0 = straight, 0.2 a gentle bow)
     */
    public FlowMap(List<Flow> flows, Color color, double minWidth, double maxWidth, double curvature) {
        if (!(minWidth > 0) || maxWidth < minWidth) throw new IllegalArgumentException("need 0 < minWidth <= maxWidth");
        this.flows = List.copyOf(flows);
        this.color = color;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.curvature = curvature;
        this.maxVolume = this.flows.stream().mapToDouble(Flow::volume).max().orElse(0);
    }

    /** Stroke width in logical pixels of a flow of this volume. */
    public double widthOf(double volume) {
        return maxVolume <= 0 ? minWidth : minWidth + (maxWidth - minWidth) * Math.min(volume, maxVolume) / maxVolume;
    }

    /** The curve from {@code a} to {@code b}, bowed to the right of the direction of travel (screen coordinates). */
    public static QuadCurve2D curve(Point2D a, Point2D b, double curvature) {
        double dx = b.getX() - a.getX(), dy = b.getY() - a.getY();
        // right-hand normal in screen space (y down) is (-dy, dx)
        double cx = (a.getX() + b.getX()) / 2 - dy * curvature;
        double cy = (a.getY() + b.getY()) / 2 + dx * curvature;
        return new QuadCurve2D.Double(a.getX(), a.getY(), cx, cy, b.getX(), b.getY());
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        List<Flow> ordered = new ArrayList<>(flows);
        ordered.sort(Comparator.comparingDouble(Flow::volume).reversed());
        Graphics2D g = (Graphics2D) target.create();
        int drawn = 0;
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(color);
            for (Flow f : ordered) {
                Point2D a = vp.toPixel(f.fromLon(), f.fromLat());
                Point2D b = vp.toPixel(f.toLon(), f.toLat());
                if (a.distance(b) < 1) continue;
                drawFlow(g, curve(a, b, curvature), widthOf(f.volume()));
                drawn++;
            }
        } finally {
            g.dispose();
        }
        return drawn;
    }

    private static void drawFlow(Graphics2D g, QuadCurve2D c, double width) {
        // arrow direction: the curve's tangent at the end, i.e. control point → end point
        double tx = c.getX2() - c.getCtrlX(), ty = c.getY2() - c.getCtrlY();
        double len = Math.hypot(tx, ty);
        tx /= len;
        ty /= len;
        double head = Math.max(8, width * 3);
        double half = Math.max(4, width * 1.6);
        double baseX = c.getX2() - tx * head, baseY = c.getY2() - ty * head;
        // stop the shaft at the arrow's base so the head keeps its point
        QuadCurve2D shaft = new QuadCurve2D.Double(c.getX1(), c.getY1(), c.getCtrlX(), c.getCtrlY(), baseX + tx, baseY + ty);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shaft);
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(c.getX2(), c.getY2());
        arrow.lineTo(baseX - ty * half, baseY + tx * half);
        arrow.lineTo(baseX + ty * half, baseY - tx * half);
        arrow.closePath();
        g.fill(arrow);
    }
}
