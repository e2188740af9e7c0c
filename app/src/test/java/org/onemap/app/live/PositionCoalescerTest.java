package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.onemap.datasources.mqtt.LivePosition;

class PositionCoalescerTest {
    private static LiveUpdate at(String device, double lon, long second) {
        return new LiveUpdate("machinery", new LivePosition(device, lon, 27.8, Instant.ofEpochSecond(second), Map.of()));
    }

    @Test
    void aFrameGetsOnlyTheLatestPositionOfEachDevice() {
        PositionCoalescer c = new PositionCoalescer();
        for (int i = 0; i < 50; i++) c.offer(at("t1", 112 + i * 0.001, i));
        c.offer(at("t2", 113, 5));
        List<LiveUpdate> frame = c.drain();
        assertEquals(2, frame.size(), "50 messages of t1 and one of t2 make two marker moves");
        assertEquals(112.049, frame.get(0).position().lon(), 1e-9, "t1's last position wins");
        assertEquals(51, c.received());
        assertEquals(2, c.applied());
        assertTrue(c.drain().isEmpty(), "nothing new: the next frame applies nothing");
    }

    @Test
    void aLateMessageDoesNotReplaceANewerOneInTheSameFrame() {
        PositionCoalescer c = new PositionCoalescer();
        c.offer(at("t1", 112.5, 10));
        c.offer(at("t1", 112.1, 9));
        assertEquals(112.5, c.drain().get(0).position().lon(), 1e-9);
    }

    @Test
    void offersFromManyThreadsLoseNoDevice() throws Exception {
        PositionCoalescer c = new PositionCoalescer();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                for (int i = 0; i < 10_000; i++) c.offer(at("d" + thread + "-" + (i % 25), i, i));
                done.countDown();
            }).start();
        }
        int seen = 0;
        while (done.getCount() > 0) seen += c.drain().size();
        done.await();
        seen += c.drain().size();
        assertEquals(40_000, c.received());
        assertEquals(c.applied(), seen);
        assertTrue(seen >= 100, "each of the 100 devices is applied at least once, got " + seen);
    }
}
