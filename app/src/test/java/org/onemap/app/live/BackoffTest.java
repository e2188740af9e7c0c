package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static Backoff noJitter() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.3, () -> 0);
    }

    @Test
    void delaysDoubleFromTheInitialDelay() {
        Backoff b = noJitter();
        assertEquals(Duration.ofSeconds(1), b.delay(0));
        assertEquals(Duration.ofSeconds(2), b.delay(1));
        assertEquals(Duration.ofSeconds(4), b.delay(2));
        assertEquals(Duration.ofSeconds(32), b.delay(5));
    }

    @Test
    void delaysAreCappedEvenAfterManyAttempts() {
        Backoff b = noJitter();
        assertEquals(Duration.ofSeconds(60), b.delay(6));
        assertEquals(Duration.ofSeconds(60), b.delay(40), "a huge attempt count must not overflow the shift");
        assertEquals(Duration.ofSeconds(60), b.delay(Integer.MAX_VALUE));
    }

    @Test
    void jitterShortensWithinItsShareAndNeverExceedsTheCap() {
        Random r = new Random(7);
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.3, r::nextDouble);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            long ms = b.delay(10).toMillis();
            assertTrue(ms <= 60_000 && ms >= 42_000, "capped delay with 30 % jitter must be in [42 s, 60 s], got " + ms);
            seen.add(ms);
        }
        assertTrue(seen.size() > 50, "jitter must spread the retries of many walls, got " + seen.size() + " distinct delays");
    }
}
