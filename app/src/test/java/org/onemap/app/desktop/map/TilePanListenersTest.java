package org.onemap.app.desktop.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.map.tiles.TileSourceRegistry;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After its tiles are detached from the pan offset, a pan no longer makes every tile Gluon ever made
 * recompute its place, and a zoom still places each tile right. Gluon logs each recomputation at FINE
 * ("visible tile …"), which is what is counted here.
 */
@ExtendWith(ApplicationExtension.class)
class TilePanListenersTest {
    private static final Logger GLUON_TILE_LOG = Logger.getLogger("com.gluonhq.impl.maps.MapTile");
    private static final Pattern TILE = Pattern.compile("tile with z = (\\d+) \\[(\\d+),(\\d+)\\]");

    private final List<String> placed = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getMessage() != null && r.getMessage().startsWith("visible tile ")) placed.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final BaseMapProbe probe = new BaseMapProbe();
    private Level levelBefore;

    /** Gluon lets only a layer see its base map. */
    private static final class BaseMapProbe extends MapLayer {
        BaseMap baseMap() { return baseMap; }
    }

    @Start
    void start(Stage stage) {
        TileSourceRegistry.clear();   // blank tiles: what is tested is where they are, not what they show
        MapView map = new MapView();
        map.addLayer(probe);
        map.setZoom(9);
        map.setCenter(27.83, 112.94);
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
        levelBefore = GLUON_TILE_LOG.getLevel();
        GLUON_TILE_LOG.setLevel(Level.FINE);
        recorder.setLevel(Level.FINE);
        GLUON_TILE_LOG.addHandler(recorder);
    }

    @AfterEach
    void restoreLogging() {
        GLUON_TILE_LOG.removeHandler(recorder);
        GLUON_TILE_LOG.setLevel(levelBefore);
    }

    @Test
    void aPanLeavesTheTilesAloneOnceDetachedAndAZoomStillPlacesThem() {
        WaitForAsyncUtils.waitForFxEvents();
        BaseMap baseMap = onFx(probe::baseMap);
        Set<String> before = onFx(() -> tileNames(baseMap));
        assertFalse(before.isEmpty(), "Gluon made tiles for the view");

        // as Gluon ships: one pan step makes every tile recompute its place
        placed.clear();
        pan(baseMap, 3);
        assertTrue(placedOf(before).containsAll(before), "without detaching, each tile recomputes on a pan: " + placed.size());

        int removed = onFx(() -> TilePanListeners.detach(baseMap));
        assertTrue(removed >= 2 * before.size(), "both translate listeners of each tile go: " + removed);
        assertEquals(0, (int) onFx(() -> TilePanListeners.detach(baseMap)), "nothing left to detach");

        placed.clear();
        for (int i = 0; i < 5; i++) pan(baseMap, 40);
        assertTrue(placedOf(before).isEmpty(), "a pan no longer touches the tiles made before it: " + placedOf(before));
        assertTrue(onFx(() -> TilePanListeners.detach(baseMap)) > 0, "the tiles the pan brought in are detached too");

        onFx(() -> {
            baseMap.zoom(0.5, 450, 350);   // as the mouse wheel does
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            double zoom = baseMap.zoom().get();
            for (Node n : baseMap.getChildrenUnmodifiable()) {
                Matcher m = TILE.matcher(n.toString());
                if (!m.matches()) continue;
                double scale = Math.pow(2, zoom - Integer.parseInt(m.group(1)));
                assertEquals(256 * Long.parseLong(m.group(2)) * scale, n.getTranslateX(), 1e-6, "x of " + n);
                assertEquals(256 * Long.parseLong(m.group(3)) * scale, n.getTranslateY(), 1e-6, "y of " + n);
            }
            return null;
        });
        assertFalse(placed.isEmpty(), "a zoom still places the tiles");
    }

    private Set<String> placedOf(Set<String> tiles) {
        return placed.stream().map(TILE::matcher).filter(Matcher::find).map(Matcher::group)
                .filter(tiles::contains).collect(Collectors.toSet());
    }

    private static Set<String> tileNames(BaseMap baseMap) {
        return baseMap.getChildrenUnmodifiable().stream().map(Object::toString)
                .filter(s -> TILE.matcher(s).matches()).collect(Collectors.toSet());
    }

    private static void pan(BaseMap baseMap, double dx) {
        onFx(() -> {
            baseMap.moveX(dx);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, task);
    }
}
