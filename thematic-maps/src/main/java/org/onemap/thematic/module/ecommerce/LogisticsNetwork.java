package org.onemap.thematic.module.ecommerce;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.render.MapOverlay;

/**
 * The county → township → village delivery network: a line from every logistics node to the node its
 * {@code parent_code} names, thicker for county–township links than for township–village ones. The
 * links are read once; drawing projects them for each viewport.
 */
public final class LogisticsNetwork implements MapOverlay {
    /** One delivery link in lon/lat; {@code trunk} for county → township. */
    public record Link(Coordinate from, Coordinate to, boolean trunk) {}

    private final List<Link> links;
    private final Color color;

    public LogisticsNetwork(FeatureSource nodes, Color color) {
        this.links = links(nodes);
        this.color = color;
    }

    /** The links of a node layer with {@code node_code}, {@code parent_code} and {@code level} fields. */
    public static List<Link> links(FeatureSource nodes) {
        List<Feature> all = nodes.list(Query.ALL);
        Map<String, Feature> byCode = new HashMap<>();
        for (Feature f : all) if (f.get("node_code") != null) byCode.put(f.get("node_code").toString(), f);
        List<Link> out = new ArrayList<>();
        for (Feature f : all) {
            Object parent = f.get("parent_code");
            Feature p = parent == null ? null : byCode.get(parent.toString());
            if (p == null || f.geometry() == null || p.geometry() == null) continue;
            out.add(new Link(p.geometry().getCoordinate(), f.geometry().getCoordinate(), "county".equals(p.get("level"))));
        }
        return out;
    }

    public List<Link> links() {
        return links;
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        Graphics2D g = (Graphics2D) target.create();
        int n = 0;
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            BasicStroke trunk = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            BasicStroke branch = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {3, 2}, 0);
            g.setColor(color);
            for (Link l : links) {
                g.setStroke(l.trunk() ? trunk : branch);
                g.draw(new Line2D.Double(vp.toPixelX(l.from().x), vp.toPixelY(l.from().y), vp.toPixelX(l.to().x), vp.toPixelY(l.to().y)));
                n++;
            }
        } finally {
            g.dispose();
        }
        return n;
    }
}
