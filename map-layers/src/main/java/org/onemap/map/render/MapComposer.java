package org.onemap.map.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * A map picture: rendered layers plus {@link MapDecorations}, as an image or a PNG file. What
 * {@code onemap render} and the briefing export call. Thread-safe.
 */
public final class MapComposer {
    private final MapRenderer renderer;

    public MapComposer() { this(new MapRenderer()); }

    public MapComposer(MapRenderer renderer) { this.renderer = renderer; }

    /** Renders the layers for {@code viewport} and draws the decorations on top. */
    public ComposedMap compose(List<RenderLayer> layers, Viewport viewport, RenderOptions options, MapDecorations decorations) {
        RenderResult r = renderer.render(layers, viewport, options);
        Graphics2D g = r.image().createGraphics();
        try {
            DecorationLayout layout = decorations.draw(g, viewport, layers, r);
            return new ComposedMap(r.image(), r, layout);
        } finally {
            g.dispose();
        }
    }

    /**
     * As {@link #compose(List, Viewport, RenderOptions, MapDecorations)}, with {@code overlays} (heat,
     * flows, symbols of a thematic map) drawn over the layers and under the decorations, in list order.
     * Each gets a canvas in device pixels with the viewport's top-left at the origin.
     */
    public ComposedMap compose(List<RenderLayer> layers, Viewport viewport, RenderOptions options, MapDecorations decorations,
                               List<? extends BiConsumer<Graphics2D, Viewport>> overlays) {
        RenderResult r = renderer.render(layers, viewport, options);
        Graphics2D g = r.image().createGraphics();
        try {
            for (BiConsumer<Graphics2D, Viewport> o : overlays) {
                Graphics2D og = (Graphics2D) g.create();
                try {
                    MapRenderer.hints(og);
                    o.accept(og, viewport);
                } finally {
                    og.dispose();
                }
            }
            DecorationLayout layout = decorations.draw(g, viewport, layers, r);
            return new ComposedMap(r.image(), r, layout);
        } finally {
            g.dispose();
        }
    }

    /**
     * As {@link #compose(List, Viewport, RenderOptions, MapDecorations, List)}, with {@code underlays}
     * (raster layers: imagery, hillshade, NDVI) drawn on the background and beneath the layers, in list
     * order, on the same kind of canvas as the overlays.
     */
    public ComposedMap compose(List<RenderLayer> layers, Viewport viewport, RenderOptions options, MapDecorations decorations,
                               List<? extends BiConsumer<Graphics2D, Viewport>> underlays,
                               List<? extends BiConsumer<Graphics2D, Viewport>> overlays) {
        if (underlays.isEmpty()) return compose(layers, viewport, options, decorations, overlays);
        BufferedImage image = new BufferedImage(viewport.imageWidth(), viewport.imageHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            if (options.background() != null) {
                g.setComposite(AlphaComposite.Src);
                g.setColor(options.background());
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setComposite(AlphaComposite.SrcOver);
            }
            drawEach(g, viewport, underlays);
            // the background is already down: the layers must not paint over the underlays
            RenderResult drawn = renderer.draw(g, layers, viewport, options.withBackground(null));
            RenderResult r = new RenderResult(image, drawn.labels(), drawn.featuresDrawn(), drawn.featuresAsPixel(),
                    drawn.featuresPerLayer());
            drawEach(g, viewport, overlays);
            DecorationLayout layout = decorations.draw(g, viewport, layers, r);
            return new ComposedMap(image, r, layout);
        } finally {
            g.dispose();
        }
    }

    private static void drawEach(Graphics2D g, Viewport viewport, List<? extends BiConsumer<Graphics2D, Viewport>> painters) {
        for (BiConsumer<Graphics2D, Viewport> p : painters) {
            Graphics2D pg = (Graphics2D) g.create();
            try {
                MapRenderer.hints(pg);
                p.accept(pg, viewport);
            } finally {
                pg.dispose();
            }
        }
    }

    /** {@link #writePng(List, Envelope, int, int, MapDecorations, Path)} with overlays as in {@link #compose(List, Viewport, RenderOptions, MapDecorations, List)}. */
    public ComposedMap writePng(List<RenderLayer> layers, Envelope lonLatBbox, int width, int height, MapDecorations decorations,
                                List<? extends BiConsumer<Graphics2D, Viewport>> overlays, Path out) throws IOException {
        ComposedMap map = compose(layers, Viewport.fit(lonLatBbox, width, height), RenderOptions.standard(), decorations, overlays);
        writePng(map.image(), out);
        return map;
    }

    public ComposedMap compose(List<RenderLayer> layers, Viewport viewport, MapDecorations decorations) {
        return compose(layers, viewport, RenderOptions.standard(), decorations);
    }

    /**
     * Writes a {@code width} × {@code height} PNG showing at least the lon/lat box (the longer side of
     * the image shows more), with the standard options and the given decorations.
     */
    public ComposedMap writePng(List<RenderLayer> layers, Envelope lonLatBbox, int width, int height,
                                MapDecorations decorations, Path out) throws IOException {
        ComposedMap map = compose(layers, Viewport.fit(lonLatBbox, width, height), decorations);
        writePng(map.image(), out);
        return map;
    }

    /** Writes an image as PNG, creating parent folders (the fast parallel {@link PngEncoder}). */
    public static void writePng(BufferedImage image, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        PngEncoder.write(image, out);
    }
}
