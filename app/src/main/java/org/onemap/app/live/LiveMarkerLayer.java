package org.onemap.app.live;

import com.gluonhq.maps.MapLayer;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import org.onemap.map.tiles.FxImages;

/**
 * Draws the {@link LiveMarkers} over a map (the wall's, the desktop's): machines as amber dots, sensors as cyan squares,
 * grey once stale. Each kind is one pre-rendered {@link MarkerSprite} image shared by all its devices, placed at whole
 * pixels: Prism then copies it instead of antialiasing a stroked shape per device in every frame, which on a 4K wall
 * with hundreds of moving devices was most of the render thread. One image view per device, created once and moved
 * afterwards, so hours of updates allocate nothing per frame but positions.
 */
public final class LiveMarkerLayer extends MapLayer {
    private static final Color MACHINE = Color.rgb(255, 176, 0);
    private static final Color SENSOR = Color.rgb(57, 208, 216);
    private static final Color STALE_FILL = Color.rgb(110, 118, 129, 0.6);
    private static final Color OUTLINE = Color.rgb(5, 8, 13);
    private static final Color STALE_OUTLINE = Color.rgb(5, 8, 13, 0.6);
    private final LiveMarkers markers;
    private final Map<String, ImageView> views = new HashMap<>();
    private double size = 7;
    private Image machine;
    private Image sensor;
    private Image staleMachine;
    private Image staleSensor;

    public LiveMarkerLayer(LiveMarkers markers) {
        this.markers = markers;
        setMouseTransparent(true);
        setId("wallLiveMarkers"); // the wall's; the desktop names its layers itself
        makeSprites();
    }

    /** Marker radius in pixels (larger on 4K walls). */
    public void setMarkerSize(double px) {
        size = px;
        makeSprites();
        views.clear();
        getChildren().clear();
        refresh();
    }

    /** Re-lays the markers out on the next pulse (after updates, or to grey the stale ones). */
    public void refresh() { markDirty(); }

    /** Centre of a device's marker in this layer (= map view) pixels; null when not drawn. */
    public Point2D markerCentre(String key) {
        ImageView v = views.get(key);
        if (v == null || !v.isVisible()) return null;
        double half = v.getImage().getWidth() / 2;
        return new Point2D(v.getX() + half, v.getY() + half);
    }

    /** Whether a device's marker is drawn grey (stale). */
    public boolean isGrey(String key) {
        ImageView v = views.get(key);
        return v != null && (v.getImage() == staleMachine || v.getImage() == staleSensor);
    }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || getScene() == null) return;
        for (LiveMarkers.Marker m : markers.all()) {
            ImageView v = views.computeIfAbsent(m.key(), k -> create());
            boolean isSensor = "sensor".equals(m.layer());
            Image sprite = markers.isStale(m) ? (isSensor ? staleSensor : staleMachine) : (isSensor ? sensor : machine);
            v.setImage(sprite);
            Point2D p = getMapPoint(m.lat(), m.lon());
            v.setVisible(p != null);
            if (p == null) continue;
            double half = sprite.getWidth() / 2;
            // whole pixels: an image at a fractional offset is resampled, at a whole one it is copied
            v.setX(Math.floor(p.getX() - half + 0.5));
            v.setY(Math.floor(p.getY() - half + 0.5));
        }
    }

    private ImageView create() {
        ImageView v = new ImageView();
        v.setSmooth(false);
        getChildren().add(v);
        return v;
    }

    private void makeSprites() {
        double outline = Math.max(1, size / 4);
        // the shapes these replace had a centred stroke: the outline reaches half its width beyond the fill
        double disc = 2 * size + outline;
        double square = size * 1.6 + outline; // a bit smaller: 300 sensors would bury the map
        machine = image(MarkerSprite.render(MarkerSprite.Shape.DISC, disc, outline, argb(MACHINE), argb(OUTLINE)));
        sensor = image(MarkerSprite.render(MarkerSprite.Shape.SQUARE, square, outline, argb(SENSOR), argb(OUTLINE)));
        staleMachine = image(MarkerSprite.render(MarkerSprite.Shape.DISC, disc, outline, argb(STALE_FILL), argb(STALE_OUTLINE)));
        staleSensor = image(MarkerSprite.render(MarkerSprite.Shape.SQUARE, square, outline, argb(STALE_FILL), argb(STALE_OUTLINE)));
    }

    private static Image image(MarkerSprite s) {
        return FxImages.ofArgbPre(s.argbPre(), s.size(), s.size());
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
