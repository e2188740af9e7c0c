package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.onemap.datasources.mqtt.LivePosition;

/** The supervisor driven by hand with a fake clock and a source that fails, delivers and drops on demand. */
class LiveFeedSupervisorTest {
    private final MutableClock clock = new MutableClock();
    private final List<LiveUpdate> received = new ArrayList<>();
    private final FakeSource source = new FakeSource();
    private final LiveFeedSupervisor supervisor = new LiveFeedSupervisor("machinery", source,
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0, () -> 0), clock, Duration.ofMinutes(2), received::add);

    /** Refuses while {@code down}; its connection reports connected until {@link #drop()}. */
    static final class FakeSource implements FeedConnection.Connector {
        boolean down;
        int attempts;
        Consumer<LiveUpdate> sink;
        boolean[] open;

        @Override
        public FeedConnection connect(Consumer<LiveUpdate> s) throws Exception {
            attempts++;
            if (down) throw new java.io.IOException("connection refused");
            sink = s;
            boolean[] o = {true};
            open = o;
            return new FeedConnection() {
                @Override public boolean isConnected() { return o[0]; }

                @Override public void close() { o[0] = false; }
            };
        }

        void send() {
            sink.accept(new LiveUpdate("machinery", new LivePosition("t1", 112.9, 27.8, Instant.now(), Map.of())));
        }

        void drop() { open[0] = false; }
    }

    @Test
    void retriesWithDoublingDelaysCappedWhileTheSourceIsDown() {
        source.down = true;
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            supervisor.poll();
            long wait = Duration.between(clock.instant(), supervisor.nextAttemptAt()).toSeconds();
            waits.add(wait);
            clock.advance(Duration.ofSeconds(wait));
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 8L, 8L), waits, "1 s doubling, capped at 8 s");
        assertEquals(6, source.attempts, "no attempt before its delay is over");
        assertEquals(FeedState.RECONNECTING, supervisor.state());
        assertNull(supervisor.status().staleSince(), "never connected: nothing is stale yet, it is connecting");
    }

    @Test
    void pollingBeforeTheDelayIsOverDoesNotKnock() {
        source.down = true;
        supervisor.poll();
        clock.advanceMillis(500);
        supervisor.poll();
        assertEquals(1, source.attempts);
    }

    @Test
    void connectedSourceDeliversAndGoesStaleAfterSilence() {
        supervisor.poll();
        assertEquals(FeedState.CONNECTED, supervisor.state());
        source.send();
        Instant last = clock.instant();
        assertEquals(1, received.size());
        clock.advance(Duration.ofSeconds(119));
        supervisor.poll();
        assertEquals(FeedState.CONNECTED, supervisor.state(), "silent for less than the stale time");
        clock.advance(Duration.ofSeconds(2));
        supervisor.poll();
        assertEquals(FeedState.STALE, supervisor.state());
        assertEquals(last, supervisor.status().staleSince(), "stale since its last message");
        source.send();
        supervisor.poll();
        assertEquals(FeedState.CONNECTED, supervisor.state(), "a message makes it fresh again");
    }

    @Test
    void droppedConnectionReconnectsWithBackoffAndReportsStaleSinceTheLastMessage() {
        supervisor.poll();
        source.send();
        Instant last = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        source.drop();
        source.down = true;
        supervisor.poll();
        assertEquals(FeedState.RECONNECTING, supervisor.state());
        assertEquals(last, supervisor.status().staleSince());
        clock.advance(Duration.ofSeconds(1));
        supervisor.poll(); // refused: next in 1 s, then 2 s
        clock.advance(Duration.ofSeconds(1));
        source.down = false;
        supervisor.poll();
        assertEquals(FeedState.CONNECTED, supervisor.state(), "back once the source is");
        assertEquals(0, supervisor.status().failedAttempts());
        assertEquals(3, source.attempts);
    }
}
