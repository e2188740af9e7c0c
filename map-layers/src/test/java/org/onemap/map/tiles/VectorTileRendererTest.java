package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.TestMaps;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;

class VectorTileRendererTest {
    static final Color FILL = new Color(200, 30, 30);

    /** One polygon over the Xiangtan area in a plainly filled layer. */
    static List<RenderLayer> xiangtanBlock() {
        MemoryDataSource ds = new MemoryDataSource();
        TestMaps.add(TestMaps.layer(ds, "block", GeometryKind.POLYGON, "name"),
                "POLYGON((112.5 27.5, 113.2 27.5, 113.2 28.2, 112.5 28.2, 112.5 27.5))");
        return List.of(new RenderLayer(ds.layer("block"), LayerStyle.polygon(FillStyle.solid(FILL), null), true, 1));
    }

    @Test
    void rendersTilesOf256PixelsTimesThePixelRatio() throws Exception {
        try (VectorTileRenderer r1 = new VectorTileRenderer(xiangtanBlock(), 1);
             VectorTileRenderer r2 = new VectorTileRenderer(xiangtanBlock(), 2)) {
            BufferedImage t1 = r1.tile(12, 3331, 1718).get(30, TimeUnit.SECONDS);
            BufferedImage t2 = r2.tile(12, 3331, 1718).get(30, TimeUnit.SECONDS);
            assertEquals(256, t1.getWidth());
            assertEquals(256, t1.getHeight());
            assertEquals(512, t2.getWidth());
            assertEquals(FILL.getRGB(), t1.getRGB(128, 128), "tile inside the block must be filled");
        }
    }

    @Test
    void secondRequestIsServedFromTheCache() throws Exception {
        try (VectorTileRenderer r = new VectorTileRenderer(xiangtanBlock(), 1)) {
            TileKey k = new TileKey(11, 1665, 859);
            BufferedImage first = r.tile(k).get(30, TimeUnit.SECONDS);
            assertTrue(r.cache().contains(k), "rendered tile must be cached");
            assertSame(first, r.tile(k).get(), "cached tile must be returned as is");
            r.setLayers(List.of());
            assertEquals(0, r.cache().size(), "a new layer set must drop every cached tile");
        }
    }

    @Test
    void anEditInvalidatesOnlyTheTilesItTouches() throws Exception {
        try (VectorTileRenderer r = new VectorTileRenderer(xiangtanBlock(), 1)) {
            for (long x = 3330; x <= 3332; x++) for (long y = 1717; y <= 1719; y++) r.tile(12, x, y).get(30, TimeUnit.SECONDS);
            assertEquals(9, r.cache().size());
            TileKey centre = new TileKey(12, 3331, 1718);
            Envelope b = centre.lonLatBounds();
            Envelope edit = new Envelope(b.centre().x, b.centre().x + b.getWidth() / 256, b.centre().y, b.centre().y);
            assertEquals(1, r.invalidate(edit), "an edit at a tile's centre, beyond symbol and label reach of its edges");
            assertFalse(r.cache().contains(centre));
            assertEquals(8, r.cache().size());
        }
    }
}
