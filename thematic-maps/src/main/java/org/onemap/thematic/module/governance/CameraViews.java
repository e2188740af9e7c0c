package org.onemap.thematic.module.governance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.render.MapOverlay;

/**
 * 雪亮工程 cameras with their view direction: a translucent wedge of {@value #FIELD_OF_VIEW}° opening
 * towards {@code direction_deg} (compass degrees, 0 = north, clockwise) and a dot at the camera.
 * Offline cameras are drawn grey.
 */
public final class CameraViews implements MapOverlay {
    static final double FIELD_OF_VIEW = 60;

    private final FeatureSource cameras;
    private final double reach;
    private final Color color;

    /** {@code reach}: wedge radius in logical pixels. */
    public CameraViews(FeatureSource cameras, double reach, Color color) {
        this.cameras = cameras;
        this.reach = reach;
        this.color = color;
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        Envelope box = vp.expandedBy((int) Math.ceil(reach)).lonLatBounds();
        Graphics2D g = (Graphics2D) target.create();
        int[] n = {0};
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(0.8f));
            Color wedge = new Color(color.getRed(), color.getGreen(), color.getBlue(), 90);
            Color offline = new Color(0x9E9E9E);
            cameras.read(Query.bbox(box), f -> {
                if (!(f.geometry() instanceof Point p)) return;
                double x = vp.toPixelX(p.getX()), y = vp.toPixelY(p.getY());
                boolean online = !Boolean.FALSE.equals(f.get("online"));
                if (f.get("direction_deg") instanceof Number d) {
                    // Arc2D angles: degrees counter-clockwise from east; compass: clockwise from north
                    double centre = 90 - d.doubleValue();
                    Arc2D arc = new Arc2D.Double(x - reach, y - reach, 2 * reach, 2 * reach,
                            centre - FIELD_OF_VIEW / 2, FIELD_OF_VIEW, Arc2D.PIE);
                    g.setColor(online ? wedge : new Color(158, 158, 158, 70));
                    g.fill(arc);
                }
                Ellipse2D dot = new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5);
                g.setColor(online ? color : offline);
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.draw(dot);
                n[0]++;
            });
        } finally {
            g.dispose();
        }
        return n[0];
    }
}
