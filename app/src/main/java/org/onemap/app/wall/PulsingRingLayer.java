package org.onemap.app.wall;

import com.gluonhq.maps.MapLayer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.locationtech.jts.geom.Point;

/**
 * A pulsing ring on the map at each unacknowledged alert's feature: it grows and fades once a second,
 * so an operator finds the place across the room. {@link #show} with the open alerts; an acknowledged
 * alert's ring goes, and with the last one the animation stops (no pulses for an idle wall).
 */
public final class PulsingRingLayer extends MapLayer {
    private static final Color RING = Color.rgb(255, 80, 64);
    private final Map<String, Circle> rings = new LinkedHashMap<>();
    private final Map<String, Point> where = new LinkedHashMap<>();
    /** 0..1 through one pulse: radius grows, opacity falls. */
    private final DoubleProperty phase = new SimpleDoubleProperty(this, "phase");
    private final Timeline pulse = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(phase, 0)),
            new KeyFrame(Duration.millis(1100), new KeyValue(phase, 1, Interpolator.EASE_OUT)));
    private double radius = 14;

    public PulsingRingLayer() {
        setMouseTransparent(true);
        setId("wallAlertRings");
        pulse.setCycleCount(Animation.INDEFINITE);
        phase.addListener((o, was, now) -> styleRings(now.doubleValue()));
    }

    /** Smallest ring radius in pixels (larger on 4K walls; the pulse grows it to 3×). */
    public void setRadius(double px) {
        radius = px;
        styleRings(phase.get());
    }

    /** Rings for these alerts (those with a location), none for the rest. */
    public void show(List<Alert> open) {
        rings.keySet().retainAll(open.stream().map(Alert::id).toList());
        where.keySet().retainAll(rings.keySet());
        for (Alert a : open) {
            if (a.where() == null || a.where().isEmpty() || rings.containsKey(a.id())) continue;
            Circle c = new Circle(radius, null);   // stroke only: see styleRings
            c.setStroke(RING);
            c.setUserData(a.id());
            rings.put(a.id(), c);
            where.put(a.id(), a.where().getCentroid());
        }
        getChildren().setAll(rings.values());
        if (rings.isEmpty()) pulse.stop();
        else if (pulse.getStatus() != Animation.Status.RUNNING) pulse.play();
        markDirty();
    }

    /** Rings drawn now. */
    public int ringCount() { return rings.size(); }

    /** Whether the pulse animation runs (only while a ring is shown). */
    public boolean isPulsing() { return pulse.getStatus() == Animation.Status.RUNNING; }

    /** Centre of the ring of alert {@code id} in map pixels; null when it has none. */
    public Point2D ringCentre(String id) {
        Circle c = rings.get(id);
        return c == null ? null : new Point2D(c.getCenterX(), c.getCenterY());
    }

    /** Stops the animation (the wall is closing). */
    public void dispose() { pulse.stop(); }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || getScene() == null) return;
        for (Map.Entry<String, Circle> e : rings.entrySet()) {
            Point p = where.get(e.getKey());
            Point2D s = getMapPoint(p.getY(), p.getX());
            e.getValue().setVisible(s != null);
            if (s == null) continue;
            e.getValue().setCenterX(s.getX());
            e.getValue().setCenterY(s.getY());
        }
    }

    private void styleRings(double t) {
        for (Circle c : rings.values()) {
            c.setRadius(radius * (1 + 2 * t));
            c.setStrokeWidth(Math.max(2, radius / 3) * (1 - 0.6 * t));
            // fading the colour, not the node: a node's opacity can make Prism draw it offscreen each frame
            c.setStroke(RING.deriveColor(0, 1, 1, 1 - 0.85 * t));
        }
    }
}
