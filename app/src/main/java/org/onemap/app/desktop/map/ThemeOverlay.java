package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapLayer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.image.ImageView;
import javafx.util.Duration;
import org.onemap.map.render.Viewport;
import org.onemap.map.tiles.FxImages;
import org.onemap.thematic.render.MapOverlay;

/**
 * A thematic module's overlays (proportional symbols, heat, flows, charts) over the tiles. They are
 * drawn for the whole view at once, not per tile: a heat map's kernel, a flow's curve and arrowhead or
 * a chart would be cut or repeated at tile edges, and tiles belong to the renderer. When the map rests
 * after a pan or zoom, the overlays are drawn with Java2D into one image of the view on a background
 * thread; until then the image shown follows the map (pinned to its top-left lon/lat, scaled with the
 * zoom), so panning stays at display rate.
 */
final class ThemeOverlay extends MapLayer {
    private static final Logger LOG = Logger.getLogger(ThemeOverlay.class.getName());

    private final Supplier<Viewport> viewportNow;
    private final PauseTransition settle = new PauseTransition(LabelOverlay.SETTLE);
    private final ExecutorService worker = drawThread();
    private final ImageView image = new ImageView();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private volatile long requested;
    private long shownTicket;
    private List<MapOverlay> overlays = List.of();
    private Viewport drawnFor;
    private double topLon;
    private double topLat;
    private int items;
    private boolean enabled = true;
    /** The list last given, when observable: a time slider replaces its overlays frame by frame. */
    private ObservableList<MapOverlay> followed;
    private final ListChangeListener<MapOverlay> follow = c -> replace(List.copyOf(c.getList()));

    ThemeOverlay(Supplier<Viewport> viewportNow) {
        this.viewportNow = viewportNow;
        setMouseTransparent(true);
        image.setManaged(false);
        image.setSmooth(true);
        getChildren().add(image);
        settle.setOnFinished(e -> draw());
    }

    /**
     * Draws these overlays from now on (empty: nothing). An observable list is followed: when its
     * content is replaced (a time-slider frame), the new overlays are drawn without another call.
     */
    void setOverlays(List<MapOverlay> newOverlays) {
        if (followed != null) followed.removeListener(follow);
        followed = null;
        if (newOverlays instanceof ObservableList<MapOverlay> o) {
            followed = o;
            o.addListener(follow);
        }
        replace(List.copyOf(newOverlays));
    }

    private void replace(List<MapOverlay> newOverlays) {
        overlays = newOverlays;
        if (overlays.isEmpty()) {
            requested++;
            shownTicket = requested;
            settle.stop();
            image.setImage(null);
            drawnFor = null;
            items = 0;
            revision.set(revision.get() + 1);
            return;
        }
        viewChanged();
    }

    /** Call on every pan, zoom or resize step. */
    void viewChanged() {
        markDirty();
        if (!overlays.isEmpty()) settle.playFromStart();
    }

    /** Whether the image shown was drawn for the current overlays and view. */
    boolean isSettled() {
        if (overlays.isEmpty()) return true;
        Viewport now = viewportNow.get();
        return settle.getStatus() != Animation.Status.RUNNING && requested == shownTicket && now != null && now.equals(drawnFor);
    }

    /** Symbols, flows and points drawn in the image shown. */
    int items() { return items; }

    /** Counts images shown. */
    ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    void dispose() {
        enabled = false;
        if (followed != null) followed.removeListener(follow);
        followed = null;
        settle.stop();
        worker.shutdownNow();
    }

    private void draw() {
        Viewport vp = viewportNow.get();
        if (vp == null || !enabled || overlays.isEmpty()) return;
        List<MapOverlay> os = overlays;
        long ticket = ++requested;
        try {
            worker.execute(() -> {
                if (ticket != requested) return;
                BufferedImage img = new BufferedImage(vp.imageWidth(), vp.imageHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                int n = 0;
                for (MapOverlay o : os) {
                    try {
                        n += o.draw(g, vp);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "a thematic overlay failed to draw for " + vp, e);
                    }
                }
                g.dispose();
                // shares the drawn ints: SwingFXUtils would convert the whole view to BGRA bytes here, and the software
                // pipeline back to ints on the render thread (a 4K view per carousel change, BENCHMARKS.md wall soak)
                var fx = FxImages.toFxImage(img);
                int drawn = n;
                Platform.runLater(() -> show(ticket, vp, fx, drawn));
            });
        } catch (RejectedExecutionException e) {
            // disposed meanwhile
        }
    }

    private void show(long ticket, Viewport vp, javafx.scene.image.Image fx, int drawn) {
        if (ticket != requested || !enabled) return;
        shownTicket = ticket;
        var topLeft = vp.toLonLat(0, 0);
        topLon = topLeft.x;
        topLat = topLeft.y;
        drawnFor = vp;
        items = drawn;
        image.setImage(fx);
        markDirty();
        layoutLayer();
        revision.set(revision.get() + 1);
    }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || drawnFor == null) return;
        Viewport now = viewportNow.get();
        javafx.geometry.Point2D p = getMapPoint(topLat, topLon);
        if (now == null || p == null) return;
        double scale = drawnFor.resolution() / now.resolution();
        boolean asDrawn = Math.abs(scale - 1) < 1e-9;
        // at the scale it was drawn for, whole pixels: the image is then copied, not resampled, in every frame
        image.setLayoutX(asDrawn ? Math.round(p.getX()) : p.getX());
        image.setLayoutY(asDrawn ? Math.round(p.getY()) : p.getY());
        image.setFitWidth(drawnFor.width() * scale);
        image.setFitHeight(drawnFor.height() * scale);
    }

    private static ExecutorService drawThread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "onemap-theme-overlay");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
