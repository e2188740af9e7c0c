package org.onemap.app.desktop.map;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.tiles.TileFocus;
import org.onemap.map.tiles.TileSourceRegistry;
import org.onemap.map.tiles.VectorTileRenderer;

/**
 * Tiles rendered on this machine from the workspace layers: installs a {@link VectorTileRenderer} in
 * map-layers' {@link TileSourceRegistry}, which the {@code LocalTileRetriever} that Gluon Maps finds
 * through {@code META-INF/services} asks for every tile. Nothing is ever downloaded. Tiles are drawn
 * without labels: {@link MapPane}'s label overlay places them once for the whole view.
 */
public final class LocalBasemap implements BasemapTiles {
    static final double MIN_PIXEL_RATIO = 2;
    /** Logical screen width from which tiles follow the screen's own pixel ratio (WallApplication's threshold). */
    static final double BIG_SCREEN_PX = 2560;
    /** Tiles carry no labels: the map places them once per view in its label overlay, never per tile. */
    static final RenderOptions TILES = RenderOptions.tile().withLabels(false);
    private final double pixelRatio;
    private VectorTileRenderer renderer;

    private LocalBasemap(double pixelRatio) {
        this.pixelRatio = pixelRatio;
    }

    /**
     * Tiles at twice the logical resolution, or the screen's pixel ratio if higher (a 4K wall at
     * 300 %). Gluon shows level-n tiles up to 1.74× enlarged between zoom levels (wheel zoom stops at
     * half levels), and double-resolution tiles keep lines and labels sharp there. A screen of at least
     * {@value #BIG_SCREEN_PX} px across gets tiles at its own ratio (1 on a 1× 4K screen), as the wall
     * does: double tiles there mean four times the texture pixels composited per frame, a cost a
     * full-screen pan cannot afford, for a sharpness its small pixels hardly show.
     */
    public static LocalBasemap install() {
        double ratio = 1;
        double width = 0;
        try {
            javafx.stage.Screen screen = javafx.stage.Screen.getPrimary();
            ratio = screen.getOutputScaleX();
            width = screen.getBounds().getWidth();
        } catch (RuntimeException e) {
            // no screen: the minimum below applies
        }
        return new LocalBasemap(width >= BIG_SCREEN_PX ? Math.max(1, ratio) : Math.max(MIN_PIXEL_RATIO, ratio));
    }

    /** Tiles at {@code pixelRatio} device pixels per logical pixel. */
    public static LocalBasemap withPixelRatio(double pixelRatio) {
        return new LocalBasemap(pixelRatio);
    }

    @Override
    public synchronized void install(List<RenderLayer> layers) {
        if (renderer != null && TileSourceRegistry.current().orElse(null) == renderer) {
            renderer.setLayers(layers); // drops the renderer's cached tiles
        } else {
            renderer = TileSourceRegistry.install(layers, pixelRatio, TILES);
        }
    }

    @Override
    public synchronized void focus(Envelope lonLat, int z) {
        if (renderer != null) renderer.focus(TileFocus.of(lonLat, z));
    }

    /** The renderer serving tiles now (null before the first install). */
    public synchronized VectorTileRenderer renderer() { return renderer; }
}
