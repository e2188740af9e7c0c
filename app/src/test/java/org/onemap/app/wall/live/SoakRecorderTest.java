package org.onemap.app.wall.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakRecorderTest {
    @Test
    void aSampleIsOneTabSeparatedLineUnderItsHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("samples.tsv");
        StallStats stalls = new StallStats();
        stalls.record(16_700_000L);
        stalls.markViewChange();
        stalls.record(240_000_000L);
        try (SoakRecorder r = new SoakRecorder(file, stalls, () -> 7, () -> 100, () -> 90)) {
            r.start(Duration.ofHours(1), Duration.ofHours(1));   // no timed sample during the test
            r.sample();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(SoakRecorder.HEADER, lines.get(0));
        String[] names = lines.get(0).split("\t");
        String[] values = lines.get(1).split("\t");
        assertEquals(names.length, values.length);
        assertEquals("1", value(names, values, "stalls_over_100ms"));
        assertEquals("1", value(names, values, "stalls_in_view_changes"));
        assertEquals("240.0", value(names, values, "max_stall_in_interval_ms"));
        assertEquals("7", value(names, values, "carousel_views"));
        stalls.record(900_000_000L);   // the frame after the sample's forced GC
        assertEquals(1, stalls.stalls(), "the sampler's own pause is not the wall's stall");
    }

    private static String value(String[] names, String[] values, String name) {
        return values[List.of(names).indexOf(name)];
    }
}
