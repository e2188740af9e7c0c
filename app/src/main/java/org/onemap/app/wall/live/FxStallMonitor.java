package org.onemap.app.wall.live;

import java.util.logging.Logger;
import javafx.animation.AnimationTimer;

/**
 * Measures the gaps between FX frames (an animation timer asks for a frame every pulse, ~16.7 ms) into
 * {@link StallStats}; a gap over {@value StallStats#STALL_LIMIT_MS} ms is logged (at most every 10 s).
 */
public final class FxStallMonitor extends AnimationTimer {
    private static final Logger LOG = Logger.getLogger(FxStallMonitor.class.getName());
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private final StallStats stats = new StallStats();
    private long last;
    private long lastLogged;

    public StallStats stats() { return stats; }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            long before = stats.stalls();
            stats.record(gap);
            // counted, not merely long: the soak sampler's own forced GC is left out (StallStats.excludeRunningGap)
            if (stats.stalls() > before && now - lastLogged > LOG_EVERY_NANOS) {
                lastLogged = now;
                LOG.warning(String.format("wall: FX thread stalled %.0f ms (stalls so far %d, max %.0f ms)",
                        gap / 1e6, stats.stalls(), stats.maxGapMillis()));
            }
        }
        last = now;
    }

    @Override
    public void stop() {
        super.stop();
        last = 0; // a pause between stop and start is not a stall
    }
}
