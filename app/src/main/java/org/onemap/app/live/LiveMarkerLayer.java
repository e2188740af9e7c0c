package org.onemap.app.live;

import com.gluonhq.maps.MapLayer;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Draws the {@link LiveMarkers} over a map (the wall's, the desktop's): machines as amber dots, sensors as cyan squares,
 * grey once stale. One shape per device, created once and moved afterwards, so hours of updates
 * allocate nothing per frame but positions.
 */
public final class LiveMarkerLayer extends MapLayer {
    private static final Color MACHINE = Color.rgb(255, 176, 0);
    private static final Color SENSOR = Color.rgb(57, 208, 216);
    private static final Color STALE_FILL = Color.rgb(110, 118, 129, 0.6);
    private static final Color OUTLINE = Color.rgb(5, 8, 13);
    private static final Color STALE_OUTLINE = Color.rgb(5, 8, 13, 0.6);
    private final LiveMarkers markers;
    private final Map<String, Shape> shapes = new HashMap<>();
    private double size = 7;

    public LiveMarkerLayer(LiveMarkers markers) {
        this.markers = markers;
        setMouseTransparent(true);
        setId("wallLiveMarkers"); // the wall's; the desktop names its layers itself
    }

    /** Marker radius in pixels (larger on 4K walls). */
    public void setMarkerSize(double px) {
        size = px;
        shapes.clear();
        getChildren().clear();
        refresh();
    }

    /** Re-lays the markers out on the next pulse (after updates, or to grey the stale ones). */
    public void refresh() { markDirty(); }

    /** Centre of a device's marker in this layer (= map view) pixels; null when not drawn. */
    public Point2D markerCentre(String key) {
        Shape s = shapes.get(key);
        if (s == null || !s.isVisible()) return null;
        return s instanceof Circle c ? new Point2D(c.getCenterX(), c.getCenterY())
                : new Point2D(((Rectangle) s).getX() + ((Rectangle) s).getWidth() / 2, ((Rectangle) s).getY() + ((Rectangle) s).getHeight() / 2);
    }

    /** Whether a device's marker is drawn grey (stale). */
    public boolean isGrey(String key) {
        Shape s = shapes.get(key);
        return s != null && STALE_FILL.equals(s.getFill());
    }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || getScene() == null) return;
        for (LiveMarkers.Marker m : markers.all()) {
            Shape s = shapes.computeIfAbsent(m.key(), k -> create(m));
            Point2D p = getMapPoint(m.lat(), m.lon());
            s.setVisible(p != null);
            if (p == null) continue;
            if (s instanceof Circle c) {
                c.setCenterX(p.getX());
                c.setCenterY(p.getY());
            } else if (s instanceof Rectangle r) {
                r.setX(p.getX() - r.getWidth() / 2);
                r.setY(p.getY() - r.getHeight() / 2);
            }
            boolean stale = markers.isStale(m);
            // greyed and see-through by colour alpha: a filled and stroked shape with a node opacity is drawn offscreen
            s.setFill(stale ? STALE_FILL : "sensor".equals(m.layer()) ? SENSOR : MACHINE);
            s.setStroke(stale ? STALE_OUTLINE : OUTLINE);
        }
    }

    private Shape create(LiveMarkers.Marker m) {
        Shape s;
        if ("sensor".equals(m.layer())) {
            s = new Rectangle(size * 1.6, size * 1.6); // a bit smaller: 300 sensors would bury the map
        } else {
            s = new Circle(size);
        }
        s.setStroke(OUTLINE);
        s.setStrokeWidth(Math.max(1, size / 4));
        getChildren().add(s);
        return s;
    }
}
