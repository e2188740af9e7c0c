package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.datasources.mqtt.LivePosition;

class LiveMarkersTest {
    private final MutableClock clock = new MutableClock();
    private final LiveMarkers markers = new LiveMarkers(clock, Duration.ofMinutes(5));

    private static LiveUpdate at(String layer, String device, double lon) {
        // replayed messages carry old times: staleness is judged by when the wall heard them
        return new LiveUpdate(layer, new LivePosition(device, lon, 27.8, Instant.parse("2020-01-01T00:00:00Z"), Map.of("value", 21.5)));
    }

    @Test
    void appliedUpdatesMoveTheDevicesMarker() {
        markers.apply(List.of(at("machinery", "t1", 112.9)));
        markers.apply(List.of(at("machinery", "t1", 112.95)));
        assertEquals(1, markers.size());
        assertEquals(112.95, markers.get("machinery/t1").lon(), 1e-9);
        assertFalse(markers.apply(List.of()), "an empty frame changes nothing");
        assertEquals(2, markers.revision());
    }

    @Test
    void markerGoesStaleAfterTheConfiguredSilenceAndFreshOnItsNextMessage() {
        markers.apply(List.of(at("machinery", "t1", 112.9), at("sensor", "s1", 112.8)));
        clock.advance(Duration.ofMinutes(4));
        markers.apply(List.of(at("sensor", "s1", 112.8)));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(markers.isStale(markers.get("machinery/t1")), "silent 5 min 1 s with a 5 min limit");
        assertFalse(markers.isStale(markers.get("sensor/s1")), "heard 1 min ago");
        assertEquals(1, markers.staleCount());
        markers.apply(List.of(at("machinery", "t1", 112.91)));
        assertEquals(0, markers.staleCount());
    }
}
