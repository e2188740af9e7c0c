package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileCacheTest {
    private static final long TILE_BYTES = 256L * 256 * 4;

    private static BufferedImage tile() { return new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE); }

    @Test
    void evictsLeastRecentlyUsedTilesBeyondTheByteBudget() {
        TileCache cache = new TileCache(3 * TILE_BYTES);
        TileKey a = new TileKey(5, 1, 1), b = new TileKey(5, 2, 1), c = new TileKey(5, 3, 1), d = new TileKey(5, 4, 1);
        cache.put(a, tile());
        cache.put(b, tile());
        cache.put(c, tile());
        assertEquals(3 * TILE_BYTES, cache.bytes());
        cache.get(a);                       // a is now more recent than b
        cache.put(d, tile());
        assertEquals(3, cache.size());
        assertEquals(3 * TILE_BYTES, cache.bytes(), "cache must stay within its byte budget");
        assertFalse(cache.contains(b), "b was least recently used and must be evicted");
        assertTrue(cache.contains(a) && cache.contains(c) && cache.contains(d));
        assertEquals(1, cache.evictions());
    }

    @Test
    void countsBytesOfLargerTiles() {
        TileCache cache = new TileCache(5 * TILE_BYTES);
        cache.put(new TileKey(1, 0, 0), new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB_PRE));   // 4 tiles' worth
        cache.put(new TileKey(1, 1, 0), tile());
        assertEquals(5 * TILE_BYTES, cache.bytes());
        cache.put(new TileKey(1, 1, 1), tile());
        assertEquals(2 * TILE_BYTES, cache.bytes(), "adding a sixth tile's worth must evict the 512-px tile");
        TileCache tiny = new TileCache(TILE_BYTES - 1);
        tiny.put(new TileKey(0, 0, 0), tile());
        assertEquals(0, tiny.size(), "a tile bigger than the whole budget is not cached");
    }

    @Test
    void invalidateDropsOnlyTilesIntersectingTheEdit() {
        TileCache cache = new TileCache(100 * TILE_BYTES);
        for (long x = 3330; x <= 3332; x++) for (long y = 1717; y <= 1719; y++) cache.put(new TileKey(12, x, y), tile());
        TileKey parent = new TileKey(10, 832, 429);   // contains the 3×3 block at zoom 12
        TileKey far = new TileKey(12, 100, 100);
        cache.put(parent, tile());
        cache.put(far, tile());
        TileKey centre = new TileKey(12, 3331, 1718);
        Envelope inside = centre.lonLatBounds();
        inside.expandBy(-inside.getWidth() * 0.3, -inside.getHeight() * 0.3);

        int dropped = cache.invalidate(inside);

        assertEquals(2, dropped, "an edit inside one zoom-12 tile touches that tile and its zoom-10 parent only");
        assertFalse(cache.contains(centre));
        assertFalse(cache.contains(parent));
        assertTrue(cache.contains(new TileKey(12, 3330, 1718)), "west neighbour must stay cached");
        assertTrue(cache.contains(far));
        assertEquals(9, cache.size());
        assertEquals(9 * TILE_BYTES, cache.bytes());
    }

    @Test
    void invalidateWithAMarginAlsoDropsNeighboursWithinReach() {
        TileCache cache = new TileCache(100 * TILE_BYTES);
        TileKey west = new TileKey(12, 3330, 1718), east = new TileKey(12, 3331, 1718);
        cache.put(west, tile());
        cache.put(east, tile());
        Envelope b = east.lonLatBounds();
        double px = b.getWidth() / 256;
        Envelope nearWestEdge = new Envelope(b.getMinX() + 5 * px, b.getMinX() + 6 * px, b.centre().y, b.centre().y);
        assertEquals(1, cache.invalidate(nearWestEdge, 0), "without margin only the tile containing the point");
        cache.put(east, tile());
        assertEquals(2, cache.invalidate(nearWestEdge, 24), "a symbol 5 px from the edge reaches into the west tile");
    }

    @Test
    void staleRenderIsNotStoredAfterAnInvalidation() {
        TileCache cache = new TileCache(10 * TILE_BYTES);
        TileKey k = new TileKey(3, 6, 3);
        long epoch = cache.epoch();
        cache.invalidate(k.lonLatBounds());
        assertFalse(cache.putIfCurrent(k, tile(), epoch), "a tile rendered before the edit must not be cached");
        assertNull(cache.get(k));
        assertTrue(cache.putIfCurrent(k, tile(), cache.epoch()));
    }
}
