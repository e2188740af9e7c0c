package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.app.live.LiveSettings;
import org.onemap.app.live.LiveUpdate;
import org.onemap.datasources.mqtt.LivePosition;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live positions on the wall map: updates move markers, silent devices grey, the replay feeds the map. */
@ExtendWith(ApplicationExtension.class)
class WallLiveTest {
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;

    @BeforeAll
    static void seedOffTheFxThread() {
        WallSeededWorkspace.get(); // seeding on a busy machine can outlast TestFX's setup timeout
    }

    @Start
    void start(Stage stage) throws Exception {
        Path walls = Files.createTempDirectory("onemap-walls-");
        WallConfig config = WallConfig.loadOrCreate(walls, "live", "2468")
                .withPlaylist(List.of(new WallView("resources", null, List.of(), 30)));
        wall = new WallWindow(WallSeededWorkspace.get(), Locale.SIMPLIFIED_CHINESE, config, clock, LocalBasemap.withPixelRatio(1),
                new LiveSettings(null, Duration.ofMinutes(2), 50, 0));
        stage.setScene(wall.createScene(1600, 1000));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        onFx(wall::dispose);
    }

    private static LiveUpdate tractorAt(double lon, double lat) {
        return new LiveUpdate("machinery", new LivePosition("test-tractor", lon, lat, Instant.now(), Map.of()));
    }

    @Test
    void liveUpdatesMoveTheMarkerOnTheWallMap() {
        onFx(() -> wall.live().startDisplay());
        until("the map has its size", () -> wall.map().toPixel(112.9, 27.8) != null);
        var centre = wall.map().toLonLat(wall.map().getWidth() / 2, wall.map().getHeight() / 2);
        wall.live().coalescer().offer(tractorAt(centre.x, centre.y));
        until("the tractor's marker is drawn", () -> wall.live().markerLayer().markerCentre("machinery/test-tractor") != null);
        Point2D first = fx(() -> wall.live().markerLayer().markerCentre("machinery/test-tractor"));

        // a burst from another thread: only the last position of the frame counts
        double east = centre.x + 0.02;
        for (int i = 1; i <= 20; i++) wall.live().coalescer().offer(tractorAt(centre.x + 0.001 * i, centre.y));
        wall.live().coalescer().offer(tractorAt(east, centre.y));
        until("the marker has moved east", () -> {
            Point2D p = wall.live().markerLayer().markerCentre("machinery/test-tractor");
            return p != null && p.getX() > first.getX() + 1;
        });
        Point2D moved = fx(() -> wall.live().markerLayer().markerCentre("machinery/test-tractor"));
        double expected = fx(() -> wall.map().toPixel(east, centre.y).getX() - wall.map().toPixel(centre.x, centre.y).getX());
        assertEquals(expected, moved.getX() - first.getX(), 1.0, "the marker moves as far as the position did on the map");
        assertEquals(first.getY(), moved.getY(), 1.0, "an eastward move keeps the marker's row");
        assertTrue(wall.live().coalescer().applied() < wall.live().coalescer().received(), "the burst was coalesced, not drawn message by message");
    }

    @Test
    void aSilentDeviceIsGreyedAfterTheStaleTime() {
        onFx(() -> wall.live().startDisplay());
        until("the map has its size", () -> wall.map().toPixel(112.9, 27.8) != null);
        var centre = wall.map().toLonLat(wall.map().getWidth() / 2, wall.map().getHeight() / 2);
        wall.live().coalescer().offer(tractorAt(centre.x, centre.y));
        until("the tractor's marker is drawn", () -> wall.live().markerLayer().markerCentre("machinery/test-tractor") != null);
        assertFalse(fx(() -> wall.live().markerLayer().isGrey("machinery/test-tractor")));
        clock.advance(121);
        until("the silent tractor is greyed", () -> wall.live().markerLayer().isGrey("machinery/test-tractor"));
    }

    @Test
    void withoutABrokerTheWallReplaysLabelledGeneratedTracks(FxRobot robot) {
        onFx(() -> wall.start());
        until("the replay has put machinery and sensors on the map", () -> {
            var layers = wall.live().markers().all().stream().map(m -> m.layer()).distinct().count();
            return layers == 2 && wall.live().markers().size() >= 100;
        });
        until("the sources report live", () -> robot.lookup("#wallFeed-machinery").tryQuery()
                .map(n -> ((Label) n).getText().contains("在线")).orElse(false));
        String row = robot.lookup("#wallFeed-machinery").queryAs(Label.class).getText();
        assertTrue(row.contains("生成轨迹"), "a generated replay is labelled as such on the wall, got '" + row + "'");
        assertNotNull(robot.lookup("#wallFeed-sensor").tryQuery().orElse(null), "one status row per source");
        assertTrue(wall.live().stallMonitor().stats().frames() > 0, "the stall monitor counts frames");
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void onFx(Runnable r) { WallFxWait.onFx(r); }

    private static void until(String what, BooleanSupplier condition) { WallFxWait.until(what, 120, condition); }
}
