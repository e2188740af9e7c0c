package org.onemap.map.tiles;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;

/**
 * Which tile renderer the basemap draws from. Gluon Maps looks its {@code TileRetriever} up once per
 * JVM, so {@link LocalTileRetriever} asks this holder on every tile and the app replaces the renderer
 * here when the workspace or layer set changes.
 */
public final class TileSourceRegistry {
    private static final AtomicReference<VectorTileRenderer> CURRENT = new AtomicReference<>();

    private TileSourceRegistry() {}

    /** Installs {@code renderer} for the basemap; returns the previous one (not closed: the caller owns it). */
    public static VectorTileRenderer install(VectorTileRenderer renderer) {
        return CURRENT.getAndSet(renderer);
    }

    /**
     * Installs a new renderer for {@code layers} at {@code pixelRatio}, closing the previous one;
     * returns the new renderer (to invalidate tiles on edits, or change its layers later).
     */
    public static VectorTileRenderer install(List<RenderLayer> layers, double pixelRatio) {
        return install(layers, pixelRatio, RenderOptions.tile());
    }

    /**
     * As {@link #install(List, double)} with render options, e.g. {@code RenderOptions.tile().withLabels(false)}
     * when the labels are drawn per view in an overlay.
     */
    public static VectorTileRenderer install(List<RenderLayer> layers, double pixelRatio, RenderOptions options) {
        VectorTileRenderer r = new VectorTileRenderer(layers, pixelRatio,
                new TileCache(VectorTileRenderer.DEFAULT_CACHE_BYTES), options);
        VectorTileRenderer old = CURRENT.getAndSet(r);
        if (old != null) old.close();
        return r;
    }

    public static Optional<VectorTileRenderer> current() { return Optional.ofNullable(CURRENT.get()); }

    /** Removes the current renderer (closing it); tiles are then blank. */
    public static void clear() {
        VectorTileRenderer old = CURRENT.getAndSet(null);
        if (old != null) old.close();
    }
}
