package org.onemap.map.render;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;
import org.onemap.core.feature.Query;
import org.onemap.map.style.LabelStyle;

/**
 * The one map renderer (DESIGN.md "Rendering"), used by {@code onemap render}, the basemap tiles and
 * briefing exports: (layers, viewport, options) → pixels. Layers are drawn bottom to top as their
 * features stream from {@link org.onemap.core.spi.FeatureSource#read} with the view's bbox; labels of
 * all layers are placed afterwards without overlaps.
 *
 * <p>Stateless and thread-safe: any number of threads may render different viewports at once.
 */
public final class MapRenderer {
    /** Extra logical pixels read around the view so symbols and strokes crossing the edge are drawn. */
    private static final int EDGE_MARGIN = 16;
    /** Logical pixels around a tile whose features may own a label reaching into the tile. */
    public static final int TILE_LABEL_BUFFER = 96;
    /** Tiles per side of the block within which an area or line is labelled once. */
    private static final int LABEL_BLOCK_TILES = 4;

    /** Renders with {@link RenderOptions#standard()}. */
    public RenderResult render(List<RenderLayer> layers, Viewport viewport) {
        return render(layers, viewport, RenderOptions.standard());
    }

    /** Renders into a new {@code TYPE_INT_ARGB_PRE} image of the viewport's device size. */
    public RenderResult render(List<RenderLayer> layers, Viewport viewport, RenderOptions options) {
        BufferedImage image = new BufferedImage(viewport.imageWidth(), viewport.imageHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            RenderResult r = drawLayers(g, image, layers, viewport, options);
            return new RenderResult(image, r.labels(), r.featuresDrawn(), r.featuresAsPixel(), r.featuresPerLayer());
        } finally {
            g.dispose();
        }
    }

    /**
     * Draws onto a caller's canvas whose device-pixel origin is the viewport's top-left (for composing
     * decorations or a page). The caller's graphics state is left unchanged; the result has no image.
     */
    public RenderResult draw(Graphics2D target, List<RenderLayer> layers, Viewport viewport, RenderOptions options) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            return drawLayers(g, null, layers, viewport, options);
        } finally {
            g.dispose();
        }
    }

    // direct: the image g draws on untransformed, or null (a caller's canvas)
    private RenderResult drawLayers(Graphics2D g, BufferedImage direct, List<RenderLayer> layers, Viewport vp, RenderOptions options) {
        int w = vp.imageWidth();
        int h = vp.imageHeight();
        double ratio = vp.pixelRatio();
        hints(g);
        if (options.background() != null) {
            g.setComposite(AlphaComposite.Src);
            g.setColor(options.background());
            g.fillRect(0, 0, w, h);
        }
        g.setComposite(AlphaComposite.SrcOver);
        Composite base = g.getComposite();

        double scale = vp.scaleDenominator();
        ScreenProjection projection = new ScreenProjection(vp);
        boolean tiled = options.tiled();
        int buffer = options.labels() && tiled ? TILE_LABEL_BUFFER : 0;
        Envelope readBox = vp.expandedBy(Math.max(buffer, EDGE_MARGIN)).lonLatBounds();
        // Areas and lines are labelled on their part inside the view, or inside the tile's label block.
        Envelope labelClip = tiled ? labelBlock(vp) : vp.lonLatBounds();
        double bp = buffer * ratio;
        Query query = Query.bbox(readBox);

        List<LabelCandidate> candidates = new ArrayList<>();
        SymbolPainter symbols = new SymbolPainter(ratio);
        long drawn = 0;
        long asPixel = 0;
        List<Long> perLayer = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            RenderLayer layer = layers.get(i);
            perLayer.add(0L);
            if (!layer.drawnAt(scale)) continue;
            LabelStyle ls = layer.style().label();
            LabelCollector labels = options.labels() && ls != null && ls.visibleAt(scale)
                    ? new LabelCollector(candidates, projection, layer, i, ratio, labelClip,
                            -bp, -bp, w + bp, h + bp)
                    : null;
            g.setComposite(layer.opacity() < 1 ? AlphaComposite.SrcOver.derive((float) layer.opacity()) : base);
            if (labels == null && layer.source() instanceof CachedFeatureSource cached) {
                long[] counts = drawCached(g, layer.opacity() < 1 ? null : direct, cached, new LayerPaints(layer.style(), ratio), vp, w, h);
                drawn += counts[0];
                asPixel += counts[1];
                perLayer.set(i, counts[0]);
                continue;
            }
            FeaturePainter painter = new FeaturePainter(g, projection, new LayerPaints(layer.style(), ratio), symbols,
                    labels, w, h, ratio);
            layer.source().read(query, painter::paint);
            drawn += painter.drawn;
            asPixel += painter.asPixel;
            perLayer.set(i, painter.drawn);
        }
        g.setComposite(base);
        List<PlacedLabel> placed = new LabelPlacer(new Rectangle2D.Double(0, 0, w, h), tiled, ratio)
                .place(g.getFontRenderContext(), candidates);
        LabelPainter.paint(g, placed);
        return new RenderResult(null, placed, drawn, asPixel, perLayer);
    }

    // From the layer's render cache into a scratch image (in parallel bands when big), then composited;
    // an opaque layer of a tile straight into the tile's own image: the painter blends source-over, so the
    // picture is the same, without allocating, clearing and compositing a scratch image per layer per tile
    private static long[] drawCached(Graphics2D g, BufferedImage direct, CachedFeatureSource cached, LayerPaints paints,
                                     Viewport vp, int w, int h) {
        CachedLayerPainter painter = new CachedLayerPainter(paints, vp, cached.snapshot());
        int bands = CachedLayerPainter.bands(h);
        if (direct != null && bands == 1) {
            painter.paint(direct, 1);
        } else {
            BufferedImage layerImage = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            painter.paint(layerImage, bands);
            g.drawImage(layerImage, 0, 0, null);
        }
        return new long[] {painter.drawn.get(), painter.asPixel.get()};
    }

    // The aligned block of 4 × 4 tiles (of this viewport's size) around a tile viewport, in lon/lat.
    private static Envelope labelBlock(Viewport vp) {
        double span = vp.resolution() * vp.width() * LABEL_BLOCK_TILES;
        double x0 = Math.floor((vp.mercatorX(vp.width() / 2.0) + WebMercator.HALF_WORLD) / span) * span - WebMercator.HALF_WORLD;
        double y0 = WebMercator.HALF_WORLD - Math.floor((WebMercator.HALF_WORLD - vp.mercatorY(vp.height() / 2.0)) / span) * span;
        return new Envelope(WebMercator.lonOfX(x0), WebMercator.lonOfX(x0 + span),
                WebMercator.latOfY(y0 - span), WebMercator.latOfY(y0));
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
