package org.onemap.app.desktop.raster;

import com.gluonhq.maps.MapLayer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.render.Viewport;
import org.onemap.map.tiles.FxImages;

/**
 * The raster layers on the map, beneath the vector tiles: a Gluon map layer moved behind the base map,
 * whose tiles turn transparent while rasters show ({@link RasterTiles}). Each side of the swipe divider
 * (without a swipe, the left side is everything) is rendered by the raster engine into one image of
 * the view on a background thread when the map rests; a newer request makes older ones stale, and a
 * stale render is dropped between layers and never shown. Until the new image arrives the old one
 * follows the map (pinned to its top-left lon/lat, scaled with the zoom), so panning stays smooth.
 * Moving the divider only moves the two clips: nothing is re-rendered.
 */
final class RasterUnderlay extends MapLayer {
    static final Duration SETTLE = Duration.millis(120);

    private final RasterLayersModel model;
    private final Supplier<Viewport> viewportNow;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ExecutorService worker = renderThread();
    private final ImageView leftImage = new ImageView();
    private final ImageView rightImage = new ImageView();
    private final Group leftSide = new Group(leftImage);
    private final Group rightSide = new Group(rightImage);
    private final Rectangle leftClip = new Rectangle();
    private final Rectangle rightClip = new Rectangle();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private volatile long requested;
    private long shownTicket;
    private Viewport drawnFor;
    private double topLon;
    private double topLat;
    private boolean enabled = true;

    RasterUnderlay(RasterLayersModel model, Supplier<Viewport> viewportNow) {
        this.model = model;
        this.viewportNow = viewportNow;
        setId("rasterUnderlay");
        setMouseTransparent(true);
        for (ImageView v : new ImageView[] {leftImage, rightImage}) {
            v.setManaged(false);
            v.setSmooth(false); // raster cells stay crisp while the image is scaled during a zoom
        }
        leftSide.setClip(leftClip);
        rightSide.setClip(rightClip);
        getChildren().addAll(leftSide, rightSide);
        settle.setOnFinished(e -> render());
        model.revisionProperty().addListener(o -> viewChanged());
        model.swipe().positionProperty().addListener(o -> updateClips());
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener((o, was, now) -> viewChanged());
        baseMap.centerLon().addListener((o, was, now) -> viewChanged());
        baseMap.centerLat().addListener((o, was, now) -> viewChanged());
    }

    /** Call when the view or the layers change: re-renders once things rest. */
    void viewChanged() {
        requested++; // whatever is rendering now is stale
        markDirty();
        settle.playFromStart();
    }

    /** Whether the images shown were rendered for the layers and the view now. */
    boolean isSettled() {
        Viewport now = viewportNow.get();
        return settle.getStatus() != Animation.Status.RUNNING && requested == shownTicket && now != null && now.equals(drawnFor);
    }

    /** Counts images shown. */
    ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    void dispose() {
        enabled = false;
        settle.stop();
        worker.shutdownNow();
    }

    private void render() {
        Viewport vp = viewportNow.get();
        if (vp == null || !enabled) return;
        List<RasterLayer> left = model.leftSide();
        List<RasterLayer> right = model.rightSide();
        long ticket = ++requested;
        if (left.isEmpty() && right.isEmpty()) {
            show(ticket, vp, null, null);
            return;
        }
        try {
            worker.execute(() -> {
                List<RasterLayersModel.RasterError> errors = new ArrayList<>();
                BufferedImage l = draw(left, vp, ticket, errors);
                BufferedImage r = draw(right, vp, ticket, errors);
                if (ticket != requested) return;
                Image lf = l == null ? null : FxImages.toFxImage(l);
                Image rf = r == null ? null : FxImages.toFxImage(r);
                Platform.runLater(() -> {
                    for (var e : errors) model.failedToDraw(e.file(), e.message());
                    show(ticket, vp, lf, rf);
                });
            });
        } catch (RejectedExecutionException e) {
            // disposed meanwhile
        }
    }

    /** The layers drawn bottom first into one image; null if there are none or the request went stale. */
    private BufferedImage draw(List<RasterLayer> layers, Viewport vp, long ticket, List<RasterLayersModel.RasterError> errors) {
        if (layers.isEmpty()) return null;
        BufferedImage img = new BufferedImage(vp.imageWidth(), vp.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            for (RasterLayer layer : layers) {
                if (ticket != requested) return null; // stale: a newer view or style is on its way
                try {
                    layer.drawOn(g, vp).ifPresent(m -> errors.add(new RasterLayersModel.RasterError(layer.raster().file(), m)));
                } catch (RuntimeException e) {
                    // a bad file must not stop the other layers (or the app): report it by name
                    errors.add(new RasterLayersModel.RasterError(layer.raster().file(), String.valueOf(e.getMessage())));
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private void show(long ticket, Viewport vp, Image left, Image right) {
        if (ticket != requested || !enabled) return;
        shownTicket = ticket;
        var topLeft = vp.toLonLat(0, 0);
        topLon = topLeft.x;
        topLat = topLeft.y;
        drawnFor = vp;
        leftImage.setImage(left);
        rightImage.setImage(right);
        markDirty();
        layoutLayer();
        revision.set(revision.get() + 1);
    }

    @Override
    protected void layoutLayer() {
        updateClips();
        if (baseMap == null || drawnFor == null) return;
        Viewport now = viewportNow.get();
        Point2D p = getMapPoint(topLat, topLon);
        if (now == null || p == null) return;
        double scale = drawnFor.resolution() / now.resolution();
        for (ImageView v : new ImageView[] {leftImage, rightImage}) {
            v.setLayoutX(p.getX());
            v.setLayoutY(p.getY());
            v.setFitWidth(drawnFor.width() * scale);
            v.setFitHeight(drawnFor.height() * scale);
        }
    }

    private void updateClips() {
        double w = getParent() instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
        double h = getParent() instanceof javafx.scene.layout.Region r ? r.getHeight() : 0;
        SwipeModel swipe = model.swipe();
        double split = swipe.isActive() ? swipe.dividerX(w) : w;
        leftClip.setX(0);
        leftClip.setY(0);
        leftClip.setWidth(split);
        leftClip.setHeight(h);
        rightClip.setX(split);
        rightClip.setY(0);
        rightClip.setWidth(Math.max(0, w - split));
        rightClip.setHeight(h);
    }

    private static ExecutorService renderThread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "onemap-raster-render");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
