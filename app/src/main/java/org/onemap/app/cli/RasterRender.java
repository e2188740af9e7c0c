package org.onemap.app.cli;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.map.style.FillStyle;

/**
 * {@code render --raster F…}: GeoTIFF layers drawn on the paper beneath the vector layers, with a
 * raster key beside the layer legend and the generated-data note when a raster is synthetic. A raster
 * whose pixels turn out corrupt while drawing fails the whole command and nothing is written: a map
 * silently missing its imagery would mislead.
 */
final class RasterRender {
    private RasterRender() {}

    /** How much of an area layer's fill opacity is kept over rasters: outlines stay, the raster shows through. */
    static final double FILL_OVER_RASTER = 0.25;

    /**
     * The vector layers as drawn over rasters: area fills mostly transparent (×{@value #FILL_OVER_RASTER}),
     * strokes, symbols and labels unchanged, so boundaries and rivers read on top of the imagery.
     */
    static List<RenderLayer> overRasters(List<RenderLayer> layers) {
        List<RenderLayer> out = new ArrayList<>();
        for (RenderLayer l : layers) {
            FillStyle f = l.style().fill();
            out.add(f == null ? l : l.withStyle(l.style().withFill(new FillStyle(f.color(), f.opacity() * FILL_OVER_RASTER, f.hatched()))));
        }
        return out;
    }

    /** Opens every spec (in order, bottom first); the first unreadable file fails with its name. */
    static List<RasterLayer> open(List<RasterSpec> specs) {
        List<RasterLayer> out = new ArrayList<>();
        for (RasterSpec s : specs) out.add(s.open());
        return out;
    }

    /** The rasters' union in lon/lat, or null if none has a usable extent. */
    static Envelope extent(List<RasterLayer> rasters) {
        Envelope all = new Envelope();
        for (RasterLayer r : rasters) {
            Envelope e = r.raster().envelope();
            if (!CrsRegistry.isGeographic(r.raster().crs())) {
                e = CoordinateTransform.between(r.raster().crs(), CrsRegistry.WGS84).transform(e);
            }
            all.expandToInclude(e);
        }
        return all.isNull() ? null : all;
    }

    /** Composes and, only if every raster drew, writes the PNG. */
    static ComposedMap write(List<RenderLayer> layers, List<RasterLayer> rasters, Envelope view, int[] size,
                             MapDecorations standard, Path out) throws IOException {
        boolean generated = rasters.stream().anyMatch(RasterLayer::generated);
        MapDecorations decorations = standard.withGeneratedData(generated)
                .withPanels(List.of(new RasterLegendPanel(rasters, standard.locale())));
        Viewport viewport = ThemeRender.viewport(view, size, decorations);
        List<String> errors = new ArrayList<>();
        List<BiConsumer<Graphics2D, Viewport>> underlays = new ArrayList<>();
        for (RasterLayer r : rasters) underlays.add((g, vp) -> draw(r, g, vp).ifPresent(errors::add));
        ComposedMap map = new MapComposer().compose(overRasters(layers), viewport, RenderOptions.standard(), decorations, underlays, List.of());
        if (!errors.isEmpty()) throw new CliException(String.join("; ", errors) + " (nothing written)");
        MapComposer.writePng(map.image(), out);
        return map;
    }

    private static Optional<String> draw(RasterLayer r, Graphics2D g, Viewport vp) {
        try {
            return r.drawOn(g, vp).map(m -> r.raster().file() + ": " + stripName(m, r));
        } catch (RuntimeException e) {
            // the reader reports bad files as RasterFormatException; anything else from a bad file still names it
            return Optional.of(r.raster().file() + ": cannot draw (" + e + ")");
        }
    }

    private static String stripName(String message, RasterLayer r) {
        String prefix = r.raster().file().getFileName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
