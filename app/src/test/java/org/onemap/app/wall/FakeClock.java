package org.onemap.app.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so carousel hold times are checked without waiting. */
final class FakeClock extends Clock {
    private Instant now = Instant.parse("2026-06-01T08:00:00Z");

    void advance(long seconds) { now = now.plus(Duration.ofSeconds(seconds)); }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return this; }

    @Override public Instant instant() { return now; }
}
