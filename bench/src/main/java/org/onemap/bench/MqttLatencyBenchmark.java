package org.onemap.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.datasources.mqtt.LiveFeedMapping;
import org.onemap.datasources.mqtt.MqttLiveSource;

/**
 * MQTT end-to-end latency: N position messages from D devices published at a steady aggregate rate to
 * the broker, measured from just before {@code publish} to the moment the position is applied in the
 * {@link org.onemap.datasources.mqtt.LiveLayer} (the source's listener runs after {@code apply}).
 * Same JVM, so both ends read one {@code System.nanoTime} clock.
 * <pre>java -cp … org.onemap.bench.MqttLatencyBenchmark [messages=6000] [rate/s=50] [devices=200] [tcp://127.0.0.1:1883]</pre>
 */
public final class MqttLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        int devices = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String broker = args.length > 3 ? args[3] : "tcp://127.0.0.1:1883";
        String root = "onemap-bench/" + UUID.randomUUID().toString().substring(0, 8);
        long[] sent = new long[n];
        long[] latency = new long[n];
        AtomicInteger applied = new AtomicInteger();
        LiveFeedMapping mapping = LiveFeedMapping.of("machinery", root + "/#", List.of(FieldDef.of("seq", FieldType.INTEGER)));
        MqttClient pub = new MqttClient(broker, "onemap-bench-pub-" + root.substring(root.length() - 8), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(1000);
        pub.connect(o);
        Instant t0 = Instant.now();
        try (MqttLiveSource source = MqttLiveSource.connect(broker, null, null, mapping, p -> {
            int seq = (Integer) p.values().get("seq");
            latency[seq] = System.nanoTime() - sent[seq];
            applied.incrementAndGet();
        })) {
            System.out.printf(Locale.ROOT, "%d messages, %d devices, %.0f msg/s aggregate, QoS 1, broker %s%n", n, devices, rate, broker);
            long period = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                int d = i % devices;
                String json = String.format(Locale.ROOT, "{\"id\":\"tractor-%03d\",\"lon\":%.6f,\"lat\":%.6f,\"time\":%d,\"seq\":%d}",
                        d, 112.9 + d * 0.001, 27.8 + i * 1e-7, t0.toEpochMilli() + i, i);
                MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
                m.setQos(1);
                sent[i] = System.nanoTime();
                pub.publish(root + "/tractor-" + d, m);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long end = System.nanoTime() + 30_000_000_000L;
            while (applied.get() < n && System.nanoTime() < end) Thread.sleep(10);
            System.out.printf(Locale.ROOT, "published in %.1f s (%.1f msg/s), applied %d, rejected %d%n",
                    seconds, n / seconds, applied.get(), source.rejectedMessages());
        } finally {
            pub.disconnect();
            pub.close();
        }
        long[] got = Arrays.stream(latency).filter(l -> l > 0).sorted().toArray();
        if (got.length == 0) throw new IllegalStateException("no message arrived");
        System.out.printf(Locale.ROOT, "latency publish->applied in LiveLayer: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)%n",
                ms(got, 0.50), ms(got, 0.95), ms(got, 0.99), got[got.length - 1] / 1e6, got.length);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
