package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onemap.map.render.RenderOptions;

class LocalTileRetrieverTest {
    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class started it in this JVM
        }
    }

    @AfterEach
    void uninstall() { TileSourceRegistry.clear(); }

    @Test
    void gluonMapsFindsTheLocalRetriever() {
        TileRetriever r = TileRetrieverProvider.getInstance().load();
        assertTrue(r instanceof LocalTileRetriever, "Gluon Maps would use " + r.getClass().getName()
                + " (and download OSM tiles); check META-INF/services/com.gluonhq.maps.tile.TileRetriever");
    }

    @Test
    void loadsA256PixelTileRenderedFromTheInstalledLayers() throws Exception {
        TileSourceRegistry.install(VectorTileRendererTest.xiangtanBlock(), 1);
        Image img = new LocalTileRetriever().loadTile(12, 3331, 1718).get(30, TimeUnit.SECONDS);
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());
        assertEquals(VectorTileRendererTest.FILL.getRGB(), img.getPixelReader().getArgb(128, 128),
                "tile pixel should carry the layer's fill");
    }

    @Test
    void givesAPaperTileWhenNoLayersAreInstalled() throws Exception {
        Image img = new LocalTileRetriever().loadTile(3, 6, 3).get(5, TimeUnit.SECONDS);
        assertEquals(256, img.getWidth());
        assertEquals(RenderOptions.PAPER.getRGB(), img.getPixelReader().getArgb(10, 10));
    }

    @Test
    void wrapsColumnsAroundTheAntimeridian() throws Exception {
        TileSourceRegistry.install(VectorTileRendererTest.xiangtanBlock(), 1);
        Image img = new LocalTileRetriever().loadTile(12, 3331 - 4096, 1718).get(30, TimeUnit.SECONDS);
        assertEquals(VectorTileRendererTest.FILL.getRGB(), img.getPixelReader().getArgb(128, 128));
    }
}
