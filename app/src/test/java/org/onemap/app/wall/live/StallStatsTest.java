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

    @Test
    void stallsSoonAfterAViewChangeAreCountedApart() {
        StallStats s = new StallStats();
        s.record(150_000_000L);
        assertEquals(0, s.viewChangeStalls(), "no view change yet");
        s.markViewChange();
        s.record(16_700_000L);
        s.record(180_000_000L);
        assertEquals(2, s.stalls());
        assertEquals(1, s.viewChangeStalls());
    }

    @Test
    void theGapOfTheSamplersOwnFullGcIsNotAStall() {
        StallStats s = new StallStats();
        s.record(16_700_000L);
        s.excludeRunningGap();
        s.record(600_000_000L);   // the frame that waited for the forced GC
        assertEquals(0, s.stalls());
        assertEquals(1, s.excluded());
        assertEquals(16.7, s.maxGapMillis(), 1e-9);
        s.record(250_000_000L);   // a later stall counts again
        assertEquals(1, s.stalls());
        assertEquals(250.0, s.takeIntervalMaxGapMillis(), 1e-9);
        assertEquals(0.0, s.takeIntervalMaxGapMillis(), 1e-9, "the interval starts again");
    }
}
