package org.onemap.app.wall.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StallStatsTest {
    @Test
    void countsGapsOverOneHundredMillisecondsAndKeepsTheLongest() {
        StallStats s = new StallStats();
        for (int i = 0; i < 60; i++) s.record(16_700_000L);
        s.record(100_000_000L); // exactly the limit is not a stall
        s.record(140_000_000L);
        s.record(350_000_000L);
        assertEquals(2, s.stalls());
        assertEquals(350.0, s.maxGapMillis(), 1e-9);
        assertEquals(63, s.frames());
    }
}
