package org.onemap.app.live;

import org.onemap.datasources.mqtt.TestBroker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.datasources.mqtt.LiveFeedMapping;

/**
 * The wall's supervised MQTT feed against a real broker ({@code ONEMAP_TEST_MQTT}, default
 * tcp://127.0.0.1:1883): skipped without one, failed instead when {@code CI=true}.
 */
class MqttFeedIT {
    private static final String BROKER = TestBroker.URL;


    @Test
    void supervisedFeedConnectsAndDeliversBrokerMessagesToTheCoalescer() throws Exception {
        MqttClient pub = TestBroker.publisher("onemap-wall-it-");
        String root = "onemap-wall-it/" + System.nanoTime();
        LiveFeedMapping mapping = LiveFeedMapping.of("machinery", root + "/#", List.of(FieldDef.of("speed_kmh", FieldType.DOUBLE)));
        PositionCoalescer coalescer = new PositionCoalescer();
        try (LiveFeedSupervisor s = new LiveFeedSupervisor("machinery", new MqttFeed(BROKER, mapping), Backoff.standard(),
                Clock.systemUTC(), Duration.ofMinutes(1), coalescer::offer)) {
            s.poll();
            assertEquals(FeedState.CONNECTED, s.state(), "connected to " + BROKER + ": " + s.status().lastProblem());
            pub.publish(root + "/t7", new MqttMessage("{\"id\":\"t7\",\"lon\":112.91,\"lat\":27.81,\"speed_kmh\":6.5}".getBytes(StandardCharsets.UTF_8)));
            long until = System.nanoTime() + 10_000_000_000L;
            List<LiveUpdate> got = List.of();
            while (got.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
                got = coalescer.drain();
            }
            assertEquals(1, got.size(), "the broker's message reaches the wall");
            assertEquals("machinery/t7", got.get(0).key());
            assertEquals(112.91, got.get(0).position().lon(), 1e-9);
            assertEquals(1, s.status().messages());
        } finally {
            pub.disconnect();
            pub.close();
        }
    }

    @Test
    void unreachableBrokerIsRetriedWithBackoffAndShownAsReconnecting() {
        LiveFeedMapping mapping = LiveFeedMapping.of("sensor", "onemap/sensor/#", List.of());
        try (LiveFeedSupervisor s = new LiveFeedSupervisor("sensor", new MqttFeed("tcp://127.0.0.1:1", mapping),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0, () -> 0), Clock.systemUTC(), Duration.ofMinutes(1), u -> { })) {
            s.poll();
            assertEquals(FeedState.RECONNECTING, s.state());
            assertTrue(s.status().lastProblem() != null, "the reason is kept for the log");
            assertEquals(1, s.status().failedAttempts());
        }
    }
}
