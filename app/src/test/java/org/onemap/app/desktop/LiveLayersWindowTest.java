package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onemap.app.desktop.live.LiveLayers;
import org.onemap.app.live.LiveFeeds;
import org.onemap.app.live.LiveMarkers;
import org.testfx.api.FxRobot;

/**
 * The 实时图层 group of the main window on the seeded workspace (no broker: the replay of generated
 * tracks): off at start; switched on, machinery and sensor markers from the replay appear on the map
 * with their source's status line, and markers silent past the stale time turn grey; switched off,
 * the markers go and the feed stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveLayersWindowTest {
    private static final String STALE_MINUTES = "onemap.live.staleMinutes";
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private LiveLayers live;

    @BeforeAll
    void open() throws Exception {
        // 3 s of silence greys a marker: each of the replay's devices speaks about every 15 s
        String before = System.getProperty(STALE_MINUTES);
        System.setProperty(STALE_MINUTES, "0.05");
        try {
            window = SeededMainWindow.open(1600, 1000);
        } finally {
            if (before == null) System.clearProperty(STALE_MINUTES);
            else System.setProperty(STALE_MINUTES, before);
        }
        live = window.live();
        FxWait.tilesLoaded(window.map());
    }

    @AfterAll
    void close() throws Exception {
        SeededMainWindow.close(window);
    }

    @Test
    @Order(1)
    void liveLayersAreListedAndOffAtStart() {
        assertEquals("实时图层", robot.lookup("#liveGroupVisible").queryAs(javafx.scene.control.CheckBox.class).getText());
        assertFalse(robot.lookup("#liveGroupVisible").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        for (String layer : LiveFeeds.LAYERS) {
            assertFalse(live.model().item(layer).isVisible(), layer + " is off at start");
            assertNull(live.feeds(layer), "no feed runs for " + layer + " while it is off");
            assertTrue(robot.lookup("#liveMarkers-" + layer).tryQuery().isEmpty(), "no " + layer + " markers on the map");
            assertFalse(shown(robot.lookup("#liveVisible-" + layer).query()), "off, the group is one line");
        }
    }

    @Test
    @Order(2)
    void switchedOnTheReplayPutsMarkersOnTheMapAndStaleOnesGreyOut() {
        robot.clickOn("#liveGroupVisible");
        FxWait.until("machinery and sensor markers from the replay are drawn on the map", () ->
                LiveFeeds.LAYERS.stream().allMatch(l -> live.feeds(l) != null && drawn(live.feeds(l)) >= 5));
        assertTrue(live.model().item("machinery").isVisible() && live.model().item("sensor").isVisible(), "the group switches both");
        assertTrue(shown(robot.lookup("#liveVisible-machinery").query()), "on, each layer has its row");
        for (String layer : LiveFeeds.LAYERS) {
            assertTrue(robot.lookup("#liveMarkers-" + layer).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false),
                    layer + " marker layer on the map");
        }
        FxWait.until("the status line says the generated replay is live", () ->
                robot.lookup("#liveStatus-machinery").queryAs(Label.class).getText().equals("农机定位 · 回放（生成轨迹）：在线"));
        FxWait.until("a machine silent for over 3 s is drawn grey, as on the wall", () -> {
            LiveFeeds f = live.feeds("machinery");
            return f.markers().all().stream().anyMatch(m -> f.markerLayer().isGrey(m.key()));
        });
    }

    @Test
    @Order(3)
    void switchedOffTheMarkersGoAndTheFeedStops() {
        LiveFeeds machinery = live.feeds("machinery");
        robot.clickOn("#liveVisible-machinery");
        FxWait.until("the machinery markers are gone", () -> robot.lookup("#liveMarkers-machinery").tryQuery().isEmpty());
        assertNull(live.feeds("machinery"), "the machinery feed is stopped");
        assertTrue(machinery.supervisors().stream().allMatch(s -> s.state() != null), "supervisor still answers after close");
        assertTrue(robot.lookup("#liveMarkers-sensor").tryQuery().isPresent(), "the sensors stay on");
        assertFalse(robot.lookup("#liveStatus-machinery").queryAs(Label.class).isVisible(), "no status line for a layer that is off");

        robot.clickOn("#liveGroupVisible"); // some on: the group switch turns all off
        FxWait.until("every live marker is gone", () -> LiveFeeds.LAYERS.stream()
                .allMatch(l -> robot.lookup("#liveMarkers-" + l).tryQuery().isEmpty() && live.feeds(l) == null));
    }

    private static boolean shown(javafx.scene.Node n) {
        for (; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    // markers of the feed placed on the map now (visible, inside the view)
    private static long drawn(LiveFeeds f) {
        LiveMarkers markers = f.markers();
        return markers.all().stream().filter(m -> f.markerLayer().markerCentre(m.key()) != null).count();
    }
}
