package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingTilesTest {
    /** The view: zoom 14, columns 10..12, rows 20..21, centred in column 11, between rows 20 and 21. */
    private static final TileFocus VIEW = new TileFocus(14, 10, 20, 12, 21, 11.5, 21.0);

    private static List<String> drain(PendingTiles<String> p) {
        List<String> order = new ArrayList<>();
        for (Map.Entry<TileKey, String> e = p.next(); e != null; e = p.next()) order.add(e.getValue());
        return order;
    }

    @Test
    void withoutAViewTheTileAskedForLastComesFirst() {
        PendingTiles<String> p = new PendingTiles<>();
        p.add(new TileKey(14, 1, 1), "view passed 1");
        p.add(new TileKey(14, 2, 1), "view passed 2");
        p.add(new TileKey(14, 3, 1), "view shown now");
        assertEquals(List.of("view shown now", "view passed 2", "view passed 1"), drain(p));
    }

    @Test
    void tilesOnScreenComeFirstFromTheCentreOutThenTheMarginAndOtherViewsNewestFirst() {
        PendingTiles<String> p = new PendingTiles<>();
        p.focus(VIEW);
        // in the order Gluon asks: a column at a time, margin included, after an older view's tile
        p.add(new TileKey(13, 5, 10), "older view");
        p.add(new TileKey(14, 9, 20), "left margin");
        p.add(new TileKey(14, 10, 20), "on screen, left");
        p.add(new TileKey(14, 11, 20), "on screen, centre");
        p.add(new TileKey(14, 12, 21), "on screen, right");
        p.add(new TileKey(14, 13, 22), "right margin");
        assertEquals(List.of("on screen, centre", "on screen, left", "on screen, right", "right margin", "left margin", "older view"),
                drain(p));
    }

    @Test
    void theOrderFollowsTheViewWhenItMovesBeforeTheTilesAreTaken() {
        PendingTiles<String> p = new PendingTiles<>();
        p.focus(VIEW);
        p.add(new TileKey(14, 10, 20), "first view");
        p.add(new TileKey(14, 30, 20), "second view");
        p.focus(new TileFocus(14, 29, 19, 31, 21, 30.5, 20.5));   // panned on before a worker was free
        assertEquals(List.of("second view", "first view"), drain(p));
    }

    @Test
    void askingAgainForAWaitingTileHandsBackTheJobItReplacesAndKeepsOneEntry() {
        PendingTiles<String> p = new PendingTiles<>();
        TileKey k = new TileKey(14, 10, 20);
        assertNull(p.add(k, "old layers"));
        assertEquals("old layers", p.add(k, "new layers"));
        assertEquals(List.of("new layers"), drain(p));
        assertNull(p.next());
    }
}
