package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapLayer;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
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
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.util.Duration;
import org.onemap.map.render.LabelImage;
import org.onemap.map.render.LabelLayout;
import org.onemap.map.render.PlacedLabel;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.Viewport;
import org.onemap.map.tiles.FxImages;

/**
 * The map's labels, placed once per view over tiles drawn without labels, so a name is never cut at a
 * tile edge nor repeated in the next tile. A pause in panning or zooming (or a layer change) lays the
 * labels out again with map-layers' {@link LabelLayout} on a background thread; the result is shown
 * only if no newer view was asked for meanwhile. Until then the shown labels follow the map: each is
 * pinned to its lon/lat, and they are hidden while zoomed out beyond the view they were placed for,
 * where they could collide.
 *
 * <p>Each label is drawn once, on that thread, into a small image by map-layers' own label painter (the
 * same pixels as a rendered map) and shown as an image at whole pixels: the screen copies it in every
 * frame instead of rasterising stroked glyph outlines for the halos, which on a 4K wall with moving live
 * markers was most of the render thread's time (BENCHMARKS.md, "Wall display soak").
 */
final class LabelOverlay extends MapLayer {
    private static final Logger LOG = Logger.getLogger(LabelOverlay.class.getName());
    /** Quiet time after the last pan or zoom step before labels are laid out again. */
    static final Duration SETTLE = Duration.millis(120);

    private final Supplier<Viewport> viewportNow;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ExecutorService worker = labelThread();
    private final LabelLayout layout = new LabelLayout();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final Group labelNodes = new Group();
    private volatile long requested;   // ticket of the latest layout asked for
    private long shownTicket;          // ticket of the layout on screen
    private List<RenderLayer> layers = List.of();
    private List<Shown> shown = List.of();
    private Viewport placedFor;
    private boolean enabled = true;
    private volatile double labelScale = 1;

    /** A placed label with the lon/lat its centre is pinned to, and its image's anchor in logical pixels. */
    private record Shown(PlacedLabel label, double lon, double lat, Node node, double anchorX, double anchorY, double ratio) {}

    /** {@code viewportNow}: what the map shows now, in logical pixels (null before the map has a size). */
    LabelOverlay(Supplier<Viewport> viewportNow) {
        this.viewportNow = viewportNow;
        setMouseTransparent(true);
        labelNodes.setManaged(false);
        getChildren().add(labelNodes);
        settle.setOnFinished(e -> layOut());
    }

    /** Labels of these layers from now on (visibility, opacity and order count); lays out again soon. */
    void setLayers(List<RenderLayer> newLayers) {
        layers = List.copyOf(newLayers);
        viewChanged();
    }

    /** Labels {@code k} times the size of the layer styles' (font, halo, spacing; a wall): lays out again soon. */
    void setLabelScale(double k) {
        if (!(k > 0) || Double.isInfinite(k)) throw new IllegalArgumentException("label scale must be > 0: " + k);
        labelScale = k;
        viewChanged();
    }

    double labelScale() { return labelScale; }

    /** Call on every pan, zoom or resize step: the labels move with the map and are laid out again once it rests. */
    void viewChanged() {
        markDirty();
        settle.playFromStart();
    }

    /** The labels shown now, in the overlay's (= map view's) pixels, in drawing order. */
    List<PlacedLabel> labels() { return shown.stream().map(Shown::label).toList(); }

    /** The view the shown labels were placed for (null before the first layout). */
    Viewport placedFor() { return placedFor; }

    /** Whether the map moved (or its layers changed) since the shown labels were laid out. */
    boolean isPending() { return settle.getStatus() == Animation.Status.RUNNING || requested != shownTicket; }

    /** Counts label layouts shown. */
    ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** The label nodes (one image per label, halo included; its user data is the {@link PlacedLabel}). */
    List<Node> labelNodes() { return labelNodes.getChildren(); }

    /** Forgets the in-memory copies of the labelled layers (after an edit) and lays out again. */
    void invalidate() {
        layout.invalidate();
        viewChanged();
    }

    /** Stops the background thread; the overlay shows nothing new afterwards. */
    void dispose() {
        enabled = false;
        settle.stop();
        worker.shutdownNow();
    }

    private void layOut() {
        Viewport vp = viewportNow.get();
        if (vp == null || !enabled) return;
        List<RenderLayer> ls = layers;
        double k = labelScale;
        long ticket = ++requested;
        try {
            worker.execute(() -> {
                if (ticket != requested) return;   // a newer view was asked for before this one started
                List<LabelImage> placed;
                try {
                    placed = layout.place(ls, vp, k).stream().map(LabelImage::of).toList();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot lay out the map labels for " + vp, e);
                    placed = List.of();
                }
                List<LabelImage> result = placed;
                Platform.runLater(() -> show(ticket, vp, result));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // disposed meanwhile
        }
    }

    private void show(long ticket, Viewport vp, List<LabelImage> placed) {
        if (ticket != requested || !enabled) return;   // stale: the map moved on
        shownTicket = ticket;
        double ratio = vp.pixelRatio();
        List<Shown> out = new ArrayList<>(placed.size());
        List<Node> nodes = new ArrayList<>(placed.size());
        for (LabelImage img : placed) {
            PlacedLabel l = img.label();
            Point2D.Double at = vp.toLonLat(l.x() / ratio, l.y() / ratio);
            Node node = node(img, ratio);
            out.add(new Shown(l, at.x, at.y, node, img.anchorX() / ratio, img.anchorY() / ratio, ratio));
            nodes.add(node);
        }
        shown = List.copyOf(out);
        placedFor = vp;
        labelNodes.getChildren().setAll(nodes);
        markDirty();
        layoutLayer();
        revision.set(revision.get() + 1);
    }

    @Override
    protected void layoutLayer() {
        if (baseMap == null) return;
        Viewport now = viewportNow.get();
        // zoomed out beyond the placement, labels would crowd: hide them until the new layout arrives
        boolean fits = placedFor != null && now != null && now.zoom() >= placedFor.zoom() - 0.01;
        labelNodes.setVisible(fits);
        if (!fits) return;
        for (Shown s : shown) {
            javafx.geometry.Point2D p = getMapPoint(s.lat(), s.lon());
            if (p == null) continue;
            // whole device pixels: an image at a fractional offset is resampled in every frame, at a whole one copied
            s.node().setLayoutX(Math.round((p.getX() - s.anchorX()) * s.ratio()) / s.ratio());
            s.node().setLayoutY(Math.round((p.getY() - s.anchorY()) * s.ratio()) / s.ratio());
        }
    }

    private static Node node(LabelImage img, double ratio) {
        ImageView view = new ImageView(FxImages.ofArgbPre(img.argbPre(), img.width(), img.height()));
        if (ratio != 1) {
            view.setFitWidth(img.width() / ratio);   // drawn in device pixels: one image pixel per screen pixel
            view.setFitHeight(img.height() / ratio);
        }
        view.setSmooth(false);
        view.setUserData(img.label());
        view.setAccessibleText(img.label().text());
        view.getStyleClass().add("map-label");
        view.setManaged(false);
        // Neither Node.setCache nor an opacity here: both make Prism draw the label into an image of its
        // pool, and a cached image is not handed back when the label is replaced: on a wall changing views
        // for hours they piled up by the thousand on the heap (soak). The opacity is in the pixels.
        return view;
    }

    private static ExecutorService labelThread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "onemap-map-labels");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);   // no idle thread left behind by a closed window
        return pool;
    }
}
