package org.onemap.app.live;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.onemap.datasources.mqtt.LivePosition;

/**
 * A live source that replays {@link ReplayTracks} in a loop at {@code messagesPerSecond}, each message
 * stamped with the wall clock's time (so it reads as live). Devices take turns; each turn a device
 * moves one step along its track.
 */
public final class ReplayFeed implements FeedConnection.Connector {
    /** Messages are sent in batches this often, not one by one: one wake-up per batch. */
    static final long BATCH_MILLIS = 100;
    private final ReplayTracks tracks;
    private final double messagesPerSecond;
    private final Clock clock;

    public ReplayFeed(ReplayTracks tracks, double messagesPerSecond, Clock clock) {
        if (messagesPerSecond <= 0) throw new IllegalArgumentException("a replay needs a rate > 0 messages/s: " + messagesPerSecond);
        this.tracks = tracks;
        this.messagesPerSecond = messagesPerSecond;
        this.clock = clock;
    }

    public ReplayTracks tracks() { return tracks; }

    @Override
    public FeedConnection connect(Consumer<LiveUpdate> sink) {
        Replay r = new Replay(sink);
        Thread t = new Thread(r, "onemap-live-replay-" + tracks.layer());
        t.setDaemon(true);
        t.start();
        return r;
    }

    /** The message {@code n} of the endless replay (device n mod devices, at its step n div devices). */
    LiveUpdate message(long n) {
        List<List<LivePosition>> all = tracks.tracks();
        List<LivePosition> track = all.get((int) (n % all.size()));
        LivePosition p = track.get((int) ((n / all.size()) % track.size()));
        return new LiveUpdate(tracks.layer(), new LivePosition(p.deviceId(), p.lon(), p.lat(), clock.instant(), p.values()));
    }

    private final class Replay implements FeedConnection, Runnable {
        private final Consumer<LiveUpdate> sink;
        private volatile boolean open = true;

        Replay(Consumer<LiveUpdate> sink) {
            this.sink = sink;
        }

        @Override
        public void run() {
            if (tracks.devices() == 0) return;
            long sent = 0;
            long start = System.nanoTime();
            while (open) {
                // catch up to the rate by the elapsed time, so a slow batch does not lower the rate
                long due = (long) ((System.nanoTime() - start) / 1e9 * messagesPerSecond);
                while (sent < due && open) sink.accept(message(sent++));
                try {
                    Thread.sleep(BATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public boolean isConnected() { return open; }

        @Override
        public void close() { open = false; }
    }
}
