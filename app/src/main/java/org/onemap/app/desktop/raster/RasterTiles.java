package org.onemap.app.desktop.raster;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.map.BasemapTiles;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.style.FillStyle;
import org.onemap.map.tiles.TileSourceRegistry;

/**
 * The map's tiles as they must be over rasters: while a raster shows, tiles have no background (the
 * raster beneath shows through; the map pane's own background is the same paper colour) and area
 * fills keep a quarter of their opacity, as in {@code onemap render --raster}, so boundaries, rivers
 * and labels read on top of the imagery. Otherwise it passes the layers through unchanged.
 */
public final class RasterTiles implements BasemapTiles {
    /** How much of an area layer's fill opacity is kept over rasters (the CLI's rule). */
    static final double FILL_OVER_RASTER = 0.25;

    private final BasemapTiles delegate;
    private boolean overRasters;

    public RasterTiles(BasemapTiles delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public synchronized void install(List<RenderLayer> layers) {
        delegate.install(overRasters ? overRasters(layers) : layers);
        Color want = overRasters ? null : RenderOptions.PAPER;
        TileSourceRegistry.current().ifPresent(r -> {
            if (!Objects.equals(r.options().background(), want)) r.setOptions(r.options().withBackground(want));
        });
    }

    @Override
    public void focus(Envelope lonLat, int z) { delegate.focus(lonLat, z); }

    /** Switches the raster look on or off; true if it changed (then the tiles must be installed again). */
    public synchronized boolean setOverRasters(boolean on) {
        if (on == overRasters) return false;
        overRasters = on;
        return true;
    }

    public synchronized boolean isOverRasters() { return overRasters; }

    /** Area fills at {@value #FILL_OVER_RASTER} of their opacity; strokes, symbols and labels unchanged. */
    static List<RenderLayer> overRasters(List<RenderLayer> layers) {
        List<RenderLayer> out = new ArrayList<>();
        for (RenderLayer l : layers) {
            FillStyle f = l.style().fill();
            out.add(f == null ? l : l.withStyle(l.style().withFill(new FillStyle(f.color(), f.opacity() * FILL_OVER_RASTER, f.hatched()))));
        }
        return out;
    }
}
