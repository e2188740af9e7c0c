package org.onemap.thematic.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.data.NumericField;

/**
 * Dot density: each polygon gets {@code round(value / unitsPerDot)} dots scattered uniformly inside it
 * (rejection sampling in its envelope). The dots are placed in lon/lat with a seed taken from the
 * feature id, so they stay put while the user pans and zooms.
 */
public final class DotDensity implements MapOverlay {
    private static final int MAX_TRIES_PER_DOT = 200;

    private final FeatureSource source;
    private final String field;
    private final double unitsPerDot;
    private final Color color;
    private final double dotRadius;

    public DotDensity(FeatureSource source, String field, double unitsPerDot, Color color, double dotRadius) {
        if (!(unitsPerDot > 0)) throw new IllegalArgumentException("units per dot must be > 0, got " + unitsPerDot);
        this.source = source;
        this.field = NumericField.require(source, field).name();
        this.unitsPerDot = unitsPerDot;
        this.color = color;
        this.dotRadius = dotRadius;
    }

    /** The dots of one feature, in lon/lat; none for a null, zero or negative value or a non-area geometry. */
    public List<Coordinate> dots(Feature f) {
        List<Coordinate> out = new ArrayList<>();
        Geometry g = f.geometry();
        if (!(f.get(field) instanceof Number n) || g == null || g.getDimension() < 2) return out;
        long count = Math.round(n.doubleValue() / unitsPerDot);
        if (count <= 0) return out;
        Envelope e = g.getEnvelopeInternal();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(g);
        SplittableRandom rnd = new SplittableRandom(f.id() == null ? 0 : f.id().hashCode() * 0x9E3779B97F4A7C15L);
        long tries = 0, limit = count * MAX_TRIES_PER_DOT;
        while (out.size() < count && tries++ < limit) {
            Coordinate c = new Coordinate(e.getMinX() + rnd.nextDouble() * e.getWidth(), e.getMinY() + rnd.nextDouble() * e.getHeight());
            if (inside.locate(c) == Location.INTERIOR) out.add(c);
        }
        return out;
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        Graphics2D g = (Graphics2D) target.create();
        int[] drawn = {0};
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(color);
            Anchors.inView(source, vp, 0, f -> {
                for (Coordinate c : dots(f)) {
                    double x = vp.toPixelX(c.x), y = vp.toPixelY(c.y);
                    g.fill(new Ellipse2D.Double(x - dotRadius, y - dotRadius, 2 * dotRadius, 2 * dotRadius));
                    drawn[0]++;
                }
            });
        } finally {
            g.dispose();
        }
        return drawn[0];
    }
}
