package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.theme.TimeSliderViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Alerts flash on the wall map with a pulsing ring; carousel views bring their time window. */
@ExtendWith(ApplicationExtension.class)
class WallMapAlertsTest {
    private static final Instant WINDOW_START = Instant.parse("2025-03-05T00:00:00Z");
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;

    @BeforeAll
    static void seedOffTheFxThread() {
        WallSeededWorkspace.get();
    }

    @Start
    void start(Stage stage) throws Exception {
        WallConfig config = WallSeededWorkspace.config("alerts").withPlaylist(List.of(
                new WallView("resources", null, List.of(), 10),
                new WallView("governance", null, List.of(), 10, WINDOW_START, WINDOW_START.plus(Duration.ofDays(7)))));
        wall = WallSeededWorkspace.show(stage, config, clock);
    }

    @AfterEach
    void tearDown() {
        onFx(wall::dispose);
    }

    @Test
    void aPulsingRingMarksTheUnacknowledgedAlertUntilAcknowledged() {
        until("the map has its size", () -> wall.map().toPixel(112.9, 27.8) != null);
        var centre = wall.map().toLonLat(wall.map().getWidth() / 2, wall.map().getHeight() / 2);
        Alert pest = new Alert("pest:test", AlertKind.PEST_REPORT, "病虫害上报：稻飞虱",
                new GeometryFactory().createPoint(new Coordinate(centre.x, centre.y)), clock.instant());
        onFx(() -> wall.alerts().raise(pest));
        until("the ring is laid out at the alert", () -> {
            Point2D p = wall.alertRings().ringCentre("pest:test");
            return p != null && p.getX() > 0;
        });
        assertEquals(1, fx(() -> wall.alertRings().ringCount()));
        assertTrue(fx(() -> wall.alertRings().isPulsing()), "the ring pulses while the alert is open");
        Point2D ring = fx(() -> wall.alertRings().ringCentre("pest:test"));
        Point2D expected = fx(() -> wall.map().mapView().parentToLocal(wall.map().toPixel(centre.x, centre.y)));
        assertEquals(expected.getX(), ring.getX(), 1.5, "the ring sits on the alert's feature");
        assertEquals(expected.getY(), ring.getY(), 1.5);
        double r1 = fx(() -> ((javafx.scene.shape.Circle) wall.alertRings().getChildrenUnmodifiable().get(0)).getRadius());
        until("the ring's radius changes as it pulses", () ->
                Math.abs(((javafx.scene.shape.Circle) wall.alertRings().getChildrenUnmodifiable().get(0)).getRadius() - r1) > 1);

        onFx(() -> wall.alerts().acknowledge("pest:test", "值班员"));
        assertEquals(0, fx(() -> wall.alertRings().ringCount()), "acknowledged: the ring goes");
        assertFalse(fx(() -> wall.alertRings().isPulsing()), "no open alert: the pulse stops");
    }

    @Test
    void theCarouselAppliesEachViewsTimeWindow() {
        TimeSliderViewModel slider = wall.viewModel().theme().timeSlider();
        until("the first view is shown for all time", () -> "resources".equals(wall.carousel().current().moduleId()));
        clock.advance(10);
        onFx(wall.carousel()::tick);
        until("the governance view's week is on the time slider", () -> slider.isAvailable() && slider.position() != TimeSliderViewModel.ALL);
        var window = fx(() -> slider.window(slider.position()));
        assertNotNull(window);
        assertTrue(window.contains(WINDOW_START), "the slider shows the week of the view's window, got " + window);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void onFx(Runnable r) { WallFxWait.onFx(r); }

    private static void until(String what, BooleanSupplier condition) { WallFxWait.until(what, 90, condition); }
}
