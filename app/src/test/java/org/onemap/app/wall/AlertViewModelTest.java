package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertViewModelTest {
    private final FakeClock clock = new FakeClock();

    private Alert alert(String id) {
        return new Alert(id, AlertKind.FLOOD_WARNING, "汛情预警 " + id, null, clock.instant());
    }

    @Test
    void raisedAlertIsOpenSoundsOnceAndPausesAnyBoundCarousel() {
        AlertViewModel alerts = new AlertViewModel(clock);
        List<String> sounded = new ArrayList<>();
        alerts.setSound(a -> sounded.add(a.id()));
        CarouselViewModel carousel = new CarouselViewModel(List.of(new WallView("resources", null, List.of(), 10)), clock);
        carousel.pausedProperty().bind(alerts.alarmingProperty());

        assertTrue(alerts.raise(alert("f1")));
        assertFalse(alerts.raise(alert("f1")), "the same condition raised again while open must not sound twice");
        assertEquals(List.of("f1"), sounded);
        assertEquals(1, alerts.open().size());
        assertTrue(carousel.isPaused(), "an open alert pauses the carousel");
    }

    @Test
    void acknowledgementLogsOperatorAndTimeAndResumesTheCarousel() {
        AlertViewModel alerts = new AlertViewModel(clock);
        CarouselViewModel carousel = new CarouselViewModel(List.of(new WallView("resources", null, List.of(), 10)), clock);
        carousel.pausedProperty().bind(alerts.alarmingProperty());
        alerts.raise(alert("f1"));
        alerts.raise(alert("f2"));
        clock.advance(42);

        assertTrue(alerts.acknowledge("f1", " 张三 "));
        assertTrue(carousel.isPaused(), "one alert is still open");
        assertTrue(alerts.acknowledge("f2", "李四"));
        assertFalse(carousel.isPaused(), "all acknowledged: the carousel runs again");

        AlertLogEntry ack = alerts.log().stream().filter(e -> e.action().equals("acknowledged")).findFirst().orElseThrow();
        assertEquals("张三", ack.who());
        assertEquals(clock.instant(), ack.at(), "the acknowledgement is logged at the time it was made");
        assertFalse(alerts.raise(alert("f1")), "an acknowledged condition is not raised again");
        assertFalse(alerts.acknowledge("nope", "张三"), "acknowledging an unknown alert does nothing");
        assertThrows(IllegalArgumentException.class, () -> alerts.acknowledge("f2", " "), "an acknowledgement needs a name");
    }
}
