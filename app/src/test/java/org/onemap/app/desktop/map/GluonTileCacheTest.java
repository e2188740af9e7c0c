package org.onemap.app.desktop.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.map.tiles.TileSourceRegistry;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Gluon's tile cache holds the tiles on the map and the few hundred taken off it last, not every tile ever made. */
@ExtendWith(ApplicationExtension.class)
class GluonTileCacheTest {
    private static final int KEEP = 60;
    private MapView map;
    private MapViewport viewport;

    @Start
    void start(Stage stage) {
        TileSourceRegistry.clear();   // plain paper tiles, made at once, whatever other tests installed
        map = new MapView();
        viewport = new MapViewport(KEEP);
        map.addLayer(viewport);
        stage.setScene(new Scene(map, 800, 600));
        stage.show();
    }

    private void show(double lat, double lon, int zoom) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            map.setZoom(zoom);
            map.setCenter(lat, lon);
        });
        // until the base map has been laid out for the new view: Gluon loads and drops tiles in its layout, and a
        // new zoom scales the old level's tiles at once, so tiles at scale 1 and none smaller mean the new level's
        // are in (tiles of the level above may stay, enlarged, as Gluon's previews)
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(() -> tilesOnMap().stream().anyMatch(t -> scale(t) == 1)
                        && tilesOnMap().stream().allMatch(t -> scale(t) >= 1)).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            String state = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> "tile scales "
                    + tilesOnMap().stream().map(t -> String.valueOf(scale(t))).distinct().toList());
            throw new AssertionError("the map did not show zoom " + zoom + " within 10 s: " + state, e);
        }
    }

    private static double scale(Node tile) {
        return tile.getTransforms().stream().filter(t -> t instanceof javafx.scene.transform.Scale)
                .mapToDouble(t -> ((javafx.scene.transform.Scale) t).getX()).findFirst().orElse(1);
    }

    private BaseMap baseMap() {
        return (BaseMap) map.getChildrenUnmodifiable().stream().filter(n -> n instanceof BaseMap).findFirst().orElseThrow();
    }

    // called on the FX thread
    private List<Node> tilesOnMap() {
        return baseMap().getChildrenUnmodifiable().stream().filter(n -> n.getClass().getSimpleName().equals("MapTile")).toList();
    }

    @Test
    void aTourOfManyViewsLeavesTheTilesOnTheMapAndTheLastOnesTakenOff() {
        for (int i = 0; i < 20; i++) show(27.0 + 0.05 * i, 112.0 + 0.07 * i, 11 + i % 5);   // some 20 × 30 tiles made
        GluonTileCache cache = viewport.gluonCache();
        assertNotNull(cache, "this Gluon Maps keeps its tile cache where OneMap looks for it");
        int onMap = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> tilesOnMap().size());
        int cached = WaitForAsyncUtils.waitForAsyncFx(10_000, cache::size);
        assertTrue(onMap > 0, "the last view shows tiles");
        assertEquals(onMap + KEEP, cached, "Gluon's cache holds the tiles on the map and the " + KEEP + " taken off last");
    }

    @Test
    void aViewComeBackToSoonGetsItsOwnTileNodesBack() {
        show(27.85, 112.9, 13);
        Set<Node> first = Collections.newSetFromMap(new IdentityHashMap<>());
        first.addAll(WaitForAsyncUtils.waitForAsyncFx(10_000, this::tilesOnMap));
        show(27.85, 112.9, 11);   // a view with fewer tiles than KEEP, then back
        show(27.85, 112.9, 13);
        List<Node> back = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> tilesOnMap().stream().filter(t -> scale(t) == 1).toList());
        assertTrue(back.stream().allMatch(first::contains), "the tiles shown again are the nodes made the first time");
    }
}
