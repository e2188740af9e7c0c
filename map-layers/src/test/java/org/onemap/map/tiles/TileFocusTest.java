package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileFocusTest {
    @Test
    void theTilesUnderAViewAreThoseItShowsEvenInPart() {
        // a view from the middle of tile 12/3330/1717 to the middle of 12/3332/1719 (rows grow southwards)
        TileKey nw = new TileKey(12, 3330, 1717);
        TileKey se = new TileKey(12, 3332, 1719);
        Envelope view = new Envelope(nw.lonLatBounds().centre(), se.lonLatBounds().centre());
        TileFocus f = TileFocus.of(view, 12);
        assertEquals(3330, f.minX());
        assertEquals(3332, f.maxX());
        assertEquals(1717, f.minY());
        assertEquals(1719, f.maxY());
        assertTrue(f.contains(new TileKey(12, 3331, 1718)));
        assertFalse(f.contains(new TileKey(12, 3333, 1718)), "the margin beyond the view");
        assertFalse(f.contains(new TileKey(13, 6662, 3436)), "another zoom level");
        assertEquals(0, f.distanceSq(new TileKey(12, 3331, 1718)), 1e-6, "the middle tile is at the view's centre");
    }

    @Test
    void aViewEndingOnATileEdgeDoesNotTakeInTheNextTile() {
        TileKey k = new TileKey(12, 3331, 1718);
        TileFocus f = TileFocus.of(k.lonLatBounds(), 12);
        assertEquals(3331, f.minX());
        assertEquals(3331, f.maxX());
        assertEquals(1718, f.minY());
        assertEquals(1718, f.maxY());
    }
}
