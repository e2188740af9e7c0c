package org.onemap.datasources.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;

/**
 * The MQTT live source against a real broker ({@code ONEMAP_TEST_MQTT}, default tcp://127.0.0.1:1883):
 * skipped without one, failed instead when {@code CI=true}.
 */
class LiveFeedMqttIT {
    private static final String BROKER = TestBroker.URL;
    private static final int DEVICES = 50;
    private static final int PER_DEVICE = 200;
    private static final int TRACK = 20;


    @Test
    void tenThousandMessagesFromManyDevicesAreAppliedInOrderWithBoundedTracks() throws Exception {
        MqttClient pub = TestBroker.publisher("onemap-test-pub-");
        String root = "onemap-it/" + System.nanoTime();
        LiveFeedMapping mapping = LiveFeedMapping.of("machinery", root + "/#",
                List.of(FieldDef.of("seq", FieldType.INTEGER), FieldDef.of("speed", FieldType.DOUBLE))).withTrackLength(TRACK);
        Map<String, List<Integer>> applied = new ConcurrentHashMap<>();
        AtomicLong count = new AtomicLong();
        Instant t0 = Instant.parse("2026-05-01T08:00:00Z");
        try (MqttLiveSource source = MqttLiveSource.connect(BROKER, null, null, mapping, p -> {
            applied.computeIfAbsent(p.deviceId(), d -> new ArrayList<>()).add((Integer) p.values().get("seq"));
            count.incrementAndGet();
        })) {
            int sent = 0;
            for (int seq = 0; seq < PER_DEVICE; seq++) {
                for (int d = 0; d < DEVICES; d++) {
                    String json = String.format("{\"id\":\"tractor-%02d\",\"lon\":%.6f,\"lat\":%.6f,\"time\":%d,\"seq\":%d,\"values\":{\"speed\":%.1f}}",
                            d, 112.9 + d * 0.01 + seq * 1e-5, 27.8 + seq * 1e-5, t0.toEpochMilli() + seq * 1000L, seq, 5.0 + seq % 10);
                    MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
                    m.setQos(1);
                    pub.publish(root + "/tractor-" + d, m);
                    sent++;
                }
                // keep within the broker's per-client queue (mosquitto drops beyond max_queued_messages)
                final int soFar = sent;
                waitFor(() -> count.get() >= soFar - 500, Duration.ofSeconds(30), count, soFar);
            }
            final int total = sent;
            waitFor(() -> count.get() >= total, Duration.ofSeconds(30), count, total);
            assertEquals(DEVICES * PER_DEVICE, total);
            assertEquals(0, source.rejectedMessages(), "no message refused: " + source.lastProblem());
            assertEquals(DEVICES, source.liveLayer().count(Query.ALL), "one live feature per device");
            for (int d = 0; d < DEVICES; d++) {
                String id = String.format("tractor-%02d", d);
                List<Integer> seqs = applied.get(id);
                assertEquals(PER_DEVICE, seqs.size(), "every position of " + id + " applied");
                for (int i = 0; i < seqs.size(); i++) assertEquals(i, seqs.get(i), id + " positions applied in order");
                List<LivePosition> track = source.liveLayer().track(id);
                assertEquals(TRACK, track.size(), "track history is bounded to " + TRACK + " positions");
                assertEquals(PER_DEVICE - 1, track.get(TRACK - 1).values().get("seq"), "the latest position is last");
            }
            assertTrue(source.liveLayer().staleDevices(t0.plus(Duration.ofHours(1))).size() == DEVICES,
                    "an hour after their last message every device is stale");
            assertEquals(List.of(), source.liveLayer().staleDevices(t0.plusSeconds(PER_DEVICE)));
        } finally {
            pub.disconnect();
            pub.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done, Duration max, AtomicLong count, int expected) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                Assertions.fail("only " + count.get() + " of " + expected + " messages arrived within " + max.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }
}
