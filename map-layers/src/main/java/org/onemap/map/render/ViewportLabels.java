package org.onemap.map.render;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.map.style.LabelStyle;

/**
 * The labels of a whole viewport, placed once (DESIGN.md "Rendering" step 4): for a map whose tiles are
 * rendered without labels ({@link RenderOptions#withLabels}) and whose labels are an overlay laid out
 * per view, so no name is cut at a tile edge or repeated in the next tile.
 *
 * <p>Uses the {@link MapRenderer}'s candidates, priorities, positions, collision grid and CJK font,
 * so the result is what {@code onemap render} would draw for the same view; but reads only the layers
 * drawn at the view's scale whose label style is shown there, and draws no geometry. Every label lies
 * wholly inside the view, no two overlap, and a feature is labelled at most once.
 *
 * <p>Stateless and thread-safe: compute off the UI thread, then draw the result (or {@link #paint} it).
 * Reads the sources on every call; {@link LabelLayout} keeps in-memory copies of the labelled layers
 * for a map that lays its labels out again after every pan.
 */
public final class ViewportLabels {
    /** Logical pixels read beyond the view, as the renderer does, so an edge point's symbol still blocks. */
    private static final int EDGE_MARGIN = 16;
    // Antialiased text with fractional metrics: the measures MapRenderer's hints give.
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private ViewportLabels() {}

    /** The labels of {@code layers} (bottom first) placed for {@code viewport}, in device pixels, in drawing order. */
    public static List<PlacedLabel> place(List<RenderLayer> layers, Viewport viewport) {
        return place(layers, viewport, 1);
    }

    /**
     * As {@link #place(List, Viewport)} with every label style scaled by {@code labelScale} (font size,
     * halo, clearance and the room a feature needs for its name): a wall read from across a room
     * wants 1.5–2×. Scaled labels still never overlap; fewer fit.
     */
    public static List<PlacedLabel> place(List<RenderLayer> layers, Viewport viewport, double labelScale) {
        return place(layers, viewport, labelScale, (layer, query, sink) -> layer.source().read(query, sink));
    }

    /** How the features of a labelled layer in a lon/lat box are got: from the source, or a copy of it. */
    interface LabelledFeatures {
        void read(RenderLayer layer, Query query, Consumer<Feature> sink);
    }

    static List<PlacedLabel> place(List<RenderLayer> layers, Viewport viewport, double labelScale, LabelledFeatures features) {
        if (!(labelScale > 0) || Double.isInfinite(labelScale)) throw new IllegalArgumentException("label scale must be > 0: " + labelScale);
        double scale = viewport.scaleDenominator();
        double ratio = viewport.pixelRatio();
        int w = viewport.imageWidth();
        int h = viewport.imageHeight();
        ScreenProjection projection = new ScreenProjection(viewport);
        Envelope clip = viewport.lonLatBounds();
        Query query = Query.bbox(viewport.expandedBy(EDGE_MARGIN).lonLatBounds());
        List<LabelCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            RenderLayer layer = layers.get(i);
            if (!labelledAt(layer, scale)) continue;
            LabelCollector collector = new LabelCollector(candidates, projection, layer, i, ratio, labelScale, clip, 0, 0, w, h);
            features.read(layer, query, f -> offer(collector, projection, f));
        }
        return new LabelPlacer(new Rectangle2D.Double(0, 0, w, h), false, ratio, labelScale).place(FRC, candidates);
    }

    /** Whether {@code layer} is drawn at this scale denominator with its labels shown. */
    static boolean labelledAt(RenderLayer layer, double scale) {
        LabelStyle ls = layer.style().label();
        return ls != null && ls.visibleAt(scale) && layer.drawnAt(scale);
    }

    /** Draws placed labels (halo, then text) onto a canvas whose origin is the viewport's top-left device pixel. */
    public static void paint(Graphics2D g, List<PlacedLabel> labels) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            MapRenderer.hints(g2);
            LabelPainter.paint(g2, labels);
        } finally {
            g2.dispose();
        }
    }

    private static void offer(LabelCollector collector, ScreenProjection p, Feature f) {
        Geometry geom = f.geometry();
        if (geom == null || geom.isEmpty()) return;
        Envelope e = geom.getEnvelopeInternal();
        collector.offer(f, geom, p.x(e.getMinX()), p.y(e.getMaxY()), p.x(e.getMaxX()), p.y(e.getMinY()));
    }
}
