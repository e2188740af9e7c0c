package org.onemap.datasources.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;

/** The live layer's in-memory rules and the message format, without a broker. */
class LiveLayerTest {
    private static final LiveFeedMapping MAPPING = LiveFeedMapping.of("sensor", "x/#", List.of(FieldDef.of("pm25", FieldType.DOUBLE)))
            .withTrackLength(3);

    private static LivePosition at(String id, int second, double lon) {
        return new LivePosition(id, lon, 27.8, Instant.ofEpochSecond(1_800_000_000L + second), Map.of("pm25", (double) second));
    }

    @Test
    void aLateMessageNeverMovesADeviceBack() {
        LiveLayer layer = new LiveLayer(MAPPING);
        assertTrue(layer.apply(at("s1", 10, 112.9)));
        assertFalse(layer.apply(at("s1", 5, 113.5)), "older than the latest: refused");
        assertEquals(112.9, layer.list(Query.ALL).get(0).geometry().getCoordinate().x);
    }

    @Test
    void trackKeepsOnlyTheLastPositions() {
        LiveLayer layer = new LiveLayer(MAPPING);
        for (int i = 0; i < 10; i++) layer.apply(at("s1", i, 112.9 + i * 0.001));
        List<LivePosition> track = layer.track("s1");
        assertEquals(3, track.size());
        assertEquals(List.of(7.0, 8.0, 9.0), track.stream().map(p -> p.values().get("pm25")).toList());
        assertEquals(10, layer.list(Query.ALL).get(0).version(), "the feature version counts applied positions");
        assertEquals(1, layer.count(Query.bbox(new Envelope(112.90, 112.92, 27.7, 27.9))));
        assertEquals(0, layer.count(Query.bbox(new Envelope(113.0, 113.1, 27.7, 27.9))));
    }

    @Test
    void parsesTopLevelAndNestedValuesIsoAndEpochTimes() {
        LiveMessageParser parser = new LiveMessageParser(MAPPING);
        LivePosition a = parser.parse("{\"id\":7,\"lon\":112.9,\"lat\":27.8,\"time\":\"2026-05-01T08:00:00Z\",\"pm25\":35.5}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("7", a.deviceId());
        assertEquals(35.5, a.values().get("pm25"));
        assertEquals(Instant.parse("2026-05-01T08:00:00Z"), a.time());
        LivePosition b = parser.parse("{\"id\":\"s\",\"lon\":1,\"lat\":2,\"time\":1000,\"values\":{\"pm25\":3}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Instant.ofEpochMilli(1000), b.time());
        assertEquals(3.0, b.values().get("pm25"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parser.parse("{\"id\":\"s\",\"lon\":\"east\",\"lat\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("lon"), e.getMessage());
    }

    @Test
    void providerReadsValueListsAsNameAndType() {
        assertEquals(List.of(FieldDef.of("speed", FieldType.DOUBLE), FieldDef.of("status", FieldType.STRING)),
                MqttProvider.fields("speed:DOUBLE, status"));
    }
}
