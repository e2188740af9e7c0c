package org.onemap.app.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects live updates from any thread and hands the FX thread, once per frame, only the latest
 * update of each device: a burst of 50 messages from one tractor costs one marker move, not 50.
 */
public final class PositionCoalescer {
    private Map<String, LiveUpdate> pending = new LinkedHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();

    /** Keeps {@code u} unless a newer position of its device is already waiting. */
    public void offer(LiveUpdate u) {
        received.incrementAndGet();
        synchronized (this) {
            LiveUpdate before = pending.get(u.key());
            if (before == null || !u.position().time().isBefore(before.position().time())) pending.put(u.key(), u);
        }
    }

    /** The latest update per device since the last drain, in arrival order of their devices. */
    public List<LiveUpdate> drain() {
        Map<String, LiveUpdate> taken;
        synchronized (this) {
            if (pending.isEmpty()) return List.of();
            taken = pending;
            pending = new LinkedHashMap<>();
        }
        applied.addAndGet(taken.size());
        return new ArrayList<>(taken.values());
    }

    /** Messages offered so far. */
    public long received() { return received.get(); }

    /** Updates handed out by {@link #drain()} so far (one per device per frame at most). */
    public long applied() { return applied.get(); }
}
