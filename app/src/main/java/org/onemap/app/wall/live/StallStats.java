package org.onemap.app.wall.live;

/**
 * Gaps between FX frames: the longest seen and how many exceeded the stall limit (a frame should come
 * every ~16.7 ms; a gap over {@value #STALL_LIMIT_MS} ms is a stall an operator sees as a freeze).
 * Written on the FX thread, read from any (the soak logger).
 */
public final class StallStats {
    public static final long STALL_LIMIT_MS = 100;
    private volatile long maxGapNanos;
    private volatile long stalls;
    private volatile long frames;

    private volatile long lastFrameAt = System.nanoTime();

    /** Records the gap before a frame, in nanoseconds. */
    public void record(long gapNanos) {
        lastFrameAt = System.nanoTime();
        frames++;
        if (gapNanos > maxGapNanos) maxGapNanos = gapNanos;
        if (gapNanos > STALL_LIMIT_MS * 1_000_000L) stalls++;
    }

    /** The longest gap between two frames, in milliseconds. */
    public double maxGapMillis() { return maxGapNanos / 1e6; }

    /** The longest gap including the one running now (a frozen FX thread records no frame at all). */
    public double maxGapNowMillis() { return Math.max(maxGapNanos, System.nanoTime() - lastFrameAt) / 1e6; }

    /** Gaps over {@value #STALL_LIMIT_MS} ms. */
    public long stalls() { return stalls; }

    public long frames() { return frames; }
}
