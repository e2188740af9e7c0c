package org.onemap.app.wall.live;

/**
 * Gaps between FX frames: the longest seen and how many exceeded the stall limit (a frame should come
 * every ~16.7 ms; a gap over {@value #STALL_LIMIT_MS} ms is a stall an operator sees as a freeze).
 * Written on the FX thread, read from any (the soak logger).
 */
public final class StallStats {
    public static final long STALL_LIMIT_MS = 100;
    /** A stall this soon after a carousel view change is counted as the view change's. */
    public static final long VIEW_CHANGE_WINDOW_MS = 3000;
    private volatile long maxGapNanos;
    private volatile long stalls;
    private volatile long frames;
    private volatile long viewChangeStalls;
    private volatile long viewChangeAt = System.nanoTime() - 2 * VIEW_CHANGE_WINDOW_MS * 1_000_000L;

    private volatile long intervalMaxGapNanos;
    private volatile long excludeStartedBefore = Long.MIN_VALUE;
    private volatile long excluded;

    private volatile long lastFrameAt = System.nanoTime();

    /** Records the gap before a frame, in nanoseconds. */
    public void record(long gapNanos) {
        long now = System.nanoTime();
        lastFrameAt = now;
        frames++;
        if (now - gapNanos < excludeStartedBefore) {   // the gap spans a pause the measurement itself made
            excludeStartedBefore = Long.MIN_VALUE;
            excluded++;
            return;
        }
        if (gapNanos > maxGapNanos) maxGapNanos = gapNanos;
        if (gapNanos > intervalMaxGapNanos) intervalMaxGapNanos = gapNanos;
        if (gapNanos > STALL_LIMIT_MS * 1_000_000L) {
            stalls++;
            if (lastFrameAt - viewChangeAt < VIEW_CHANGE_WINDOW_MS * 1_000_000L) viewChangeStalls++;
        }
    }

    /**
     * A carousel view change starts now: stalls in the next {@value #VIEW_CHANGE_WINDOW_MS} ms (fade, theme switch,
     * new tiles and labels) are also counted apart, to tell a busy transition from a wall that stutters at rest.
     */
    public void markViewChange() { viewChangeAt = System.nanoTime(); }

    /** Stalls within {@value #VIEW_CHANGE_WINDOW_MS} ms of a view change (included in {@link #stalls()}). */
    public long viewChangeStalls() { return viewChangeStalls; }

    /**
     * The soak sampler has just stopped the world (a forced full GC to read the live heap): the gap running
     * now is the measurement's, not the wall's, and is left out of the stall figures (counted in {@link #excluded()}).
     */
    public void excludeRunningGap() { excludeStartedBefore = System.nanoTime(); }

    /** Gaps left out because the measurement made them. */
    public long excluded() { return excluded; }

    /** The longest gap since the last call, in milliseconds (then starts again). */
    public double takeIntervalMaxGapMillis() {
        long max = intervalMaxGapNanos;
        intervalMaxGapNanos = 0;
        return max / 1e6;
    }

    /** The longest gap between two frames, in milliseconds. */
    public double maxGapMillis() { return maxGapNanos / 1e6; }

    /** The longest gap including the one running now (a frozen FX thread records no frame at all). */
    public double maxGapNowMillis() { return Math.max(maxGapNanos, System.nanoTime() - lastFrameAt) / 1e6; }

    /** Gaps over {@value #STALL_LIMIT_MS} ms. */
    public long stalls() { return stalls; }

    public long frames() { return frames; }
}
