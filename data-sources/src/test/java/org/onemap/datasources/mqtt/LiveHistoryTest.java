package org.onemap.datasources.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.h2gis.H2gisWorkspace;

class LiveHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void recordedPositionsSurviveARestartAndReplayAWindowInTimeOrder() {
        Instant t0 = Instant.parse("2026-05-01T08:00:00Z");
        Path folder = tmp.resolve("ws");
        try (H2gisWorkspace ws = H2gisWorkspace.open(folder, "wall"); LiveHistory history = LiveHistory.open(ws)) {
            for (int s = 0; s < 300; s++) {
                for (int d = 0; d < 3; d++) {
                    history.record("machinery", new LivePosition("tractor-" + d, 112.9 + s * 1e-4, 27.8, t0.plusSeconds(s), Map.of("speed", 1.5 * s)));
                }
            }
        }
        try (H2gisWorkspace ws = H2gisWorkspace.open(folder, "wall"); LiveHistory history = LiveHistory.open(ws)) {
            List<LivePosition> window = new ArrayList<>();
            history.replay("machinery", t0.plusSeconds(100), t0.plusSeconds(200), window::add);
            assertEquals(300, window.size(), "100 s × 3 devices in the window");
            for (int i = 1; i < window.size(); i++) {
                assertTrue(!window.get(i).time().isBefore(window.get(i - 1).time()), "replay is in time order");
            }
            assertEquals(t0.plusSeconds(100), window.get(0).time());
            assertEquals(150.0, window.get(0).values().get("speed"));
            List<LivePosition> other = new ArrayList<>();
            history.replay("sensor", t0, t0.plusSeconds(1000), other::add);
            assertEquals(List.of(), other, "other layers are not mixed in");
        }
    }
}
