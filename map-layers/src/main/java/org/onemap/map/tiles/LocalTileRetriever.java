package org.onemap.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import org.onemap.map.render.RenderOptions;

/**
 * Gluon Maps' tile source (registered in {@code META-INF/services}): basemap tiles rendered locally
 * from the layer set in {@link TileSourceRegistry}, never downloaded. Columns wrap around the
 * antimeridian; rows off the map and requests before a layer set is installed give a plain paper tile.
 */
public final class LocalTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Optional<VectorTileRenderer> renderer = TileSourceRegistry.current();
        if (renderer.isEmpty() || zoom < 0 || zoom > 30 || j < 0 || j >= (1L << zoom)) {
            int size = renderer.map(VectorTileRenderer::tileSizePx).orElse(256);
            return CompletableFuture.completedFuture(blank(size));
        }
        long n = 1L << zoom;
        long x = Math.floorMod(i, n);
        return renderer.get().tile(zoom, x, j).thenApply(FxImages::toFxImage);
    }

    private static Image blank(int size) {
        int[] row = new int[size * size];
        java.util.Arrays.fill(row, RenderOptions.PAPER.getRGB());
        return FxImages.ofArgbPre(row, size, size);
    }
}
