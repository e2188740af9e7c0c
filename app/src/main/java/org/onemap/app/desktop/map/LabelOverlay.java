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
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.onemap.map.render.LabelLayout;
import org.onemap.map.render.MapFonts;
import org.onemap.map.render.PlacedLabel;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.Viewport;

/**
 * The map's labels, placed once per view over tiles drawn without labels, so a name is never cut at a
 * tile edge nor repeated in the next tile. A pause in panning or zooming (or a layer change) lays the
 * labels out again with map-layers' {@link LabelLayout} on a background thread; the result is shown
 * only if no newer view was asked for meanwhile. Until then the shown labels follow the map: each is
 * pinned to its lon/lat, and they are hidden while zoomed out beyond the view they were placed for,
 * where they could collide.
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

    /** A placed label with the lon/lat its centre is pinned to. */
    private record Shown(PlacedLabel label, double lon, double lat, Node node) {}

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

    /** The label nodes (one group per label: halo text under fill text). */
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
                List<PlacedLabel> placed;
                try {
                    placed = layout.place(ls, vp, k);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot lay out the map labels for " + vp, e);
                    placed = List.of();
                }
                List<PlacedLabel> result = placed;
                Platform.runLater(() -> show(ticket, vp, result));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // disposed meanwhile
        }
    }

    private void show(long ticket, Viewport vp, List<PlacedLabel> placed) {
        if (ticket != requested || !enabled) return;   // stale: the map moved on
        shownTicket = ticket;
        List<Shown> out = new ArrayList<>(placed.size());
        List<Node> nodes = new ArrayList<>(placed.size());
        for (PlacedLabel l : placed) {
            Point2D.Double at = vp.toLonLat(l.x() / vp.pixelRatio(), l.y() / vp.pixelRatio());
            Node node = node(l, vp.pixelRatio());
            out.add(new Shown(l, at.x, at.y, node));
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
            var b = s.node().getLayoutBounds();
            s.node().setLayoutX(p.getX() - (b.getMinX() + b.getWidth() / 2));
            s.node().setLayoutY(p.getY() - (b.getMinY() + b.getHeight() / 2));
        }
    }

    // Halo text (stroked) under the text itself, centred on the label's point and turned along a line.
    private static Node node(PlacedLabel l, double ratio) {
        Font font = Font.font(MapFonts.family(), l.bold() ? FontWeight.BOLD : FontWeight.NORMAL, l.fontSize() / ratio);
        Text text = new Text(l.text());
        text.setFont(font);
        text.setFill(fx(l.color(), l.opacity()));
        text.getStyleClass().add("map-label-text");
        if (l.bold() && !font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")) {
            // the CJK font has no bold face (Java2D fakes one): thicken the glyphs as the renderer does
            text.setStroke(text.getFill());
            // a centred stroke twice as wide looks the same over a glyph filled in the same colour, and
            // is cheap to draw: an OUTSIDE stroke makes Prism compute stroke-minus-glyph areas every frame
            text.setStrokeWidth(2 * font.getSize() * 0.04);
            text.setStrokeType(StrokeType.CENTERED);
            text.setStrokeLineJoin(StrokeLineJoin.ROUND);
        }
        Group g = new Group();
        if (l.halo() != null && l.haloWidth() > 0) {
            Text halo = new Text(l.text());
            halo.setFont(font);
            halo.setFill(fx(l.halo(), l.opacity()));
            halo.setStroke(halo.getFill());
            // reaches haloWidth outside the glyph, as the renderer's halo (centred: see the bold stroke above)
            halo.setStrokeWidth(2 * l.haloWidth() / ratio);
            halo.setStrokeType(StrokeType.CENTERED);
            halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
            g.getChildren().add(halo);
        }
        g.getChildren().add(text);
        g.getStyleClass().add("map-label");
        g.setRotate(Math.toDegrees(l.angle()));
        g.setManaged(false);
        // Neither Node.setCache nor a group opacity here: both make Prism draw each label into an image of
        // its pool, and a cached image is not handed back when the label is replaced: on a wall changing
        // views for hours they piled up by the thousand on the heap (soak). The opacity goes into the colours.
        return g;
    }

    private static Color fx(java.awt.Color c, double opacity) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0 * Math.max(0, Math.min(1, opacity)));
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
