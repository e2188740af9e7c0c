package org.onemap.app.live;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: doubling from {@code initial} up to {@code max}, each shortened by a random share
 * of up to {@code jitter} (0..1) so walls that lost the same broker do not all knock at once.
 * The cap holds after jitter: a delay is never longer than {@code max}.
 */
public record Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
    public Backoff {
        if (initial.isNegative() || initial.isZero()) throw new IllegalArgumentException("initial delay must be > 0: " + initial);
        if (max.compareTo(initial) < 0) throw new IllegalArgumentException("max delay " + max + " is below the initial " + initial);
        if (jitter < 0 || jitter > 1) throw new IllegalArgumentException("jitter is a share 0..1: " + jitter);
    }

    /** 1 s doubling to 60 s, up to a third shorter at random. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 1.0 / 3, Math::random);
    }

    /** The delay before retry number {@code attempt} (0 = the first retry after a failure). */
    public Duration delay(int attempt) {
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        // shift only while it cannot overflow: past the cap the exponent no longer matters
        long base = attempt >= 30 ? maxMs : Math.min(maxMs, initialMs << Math.max(0, attempt));
        double r = Math.min(1, Math.max(0, random.getAsDouble()));
        return Duration.ofMillis(Math.max(1, Math.round(base * (1 - jitter * r))));
    }
}
