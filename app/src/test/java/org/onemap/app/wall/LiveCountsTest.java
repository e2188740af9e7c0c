package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.Transaction;

class LiveCountsTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void sensorsSilentForMoreThanHalfAnHourBehindTheFeedAreStaleSinceTheirLastReading() {
        MemoryDataSource ws = new MemoryDataSource();
        var sensors = ws.createLayer(new LayerSchema("sensor", GeometryKind.POINT, LayerSchema.WGS84,
                List.of(FieldDef.of("observed_at", FieldType.TIMESTAMP))));
        Instant latest = Instant.parse("2026-06-01T08:00:00Z");
        try (Transaction t = sensors.begin("test")) {
            for (Instant at : List.of(latest, latest.minusSeconds(29 * 60), latest.minusSeconds(45 * 60), latest.minusSeconds(3 * 3600))) {
                t.insert(Feature.create(GF.createPoint(new Coordinate(112.9, 27.8)), Map.of("observed_at", at)));
            }
            t.commit();
        }
        LiveCounts c = LiveCounts.of(ws, List.of());
        assertEquals(4, c.sensors());
        assertEquals(2, c.staleSensors(), "readings 45 min and 3 h behind the freshest are stale; 29 min is not");
        assertEquals(latest.minusSeconds(3 * 3600), c.staleSince(), "stale since the oldest silent sensor's last reading");
    }

    @Test
    void workspaceWithoutLiveLayersShowsZeroesAndNothingStale() {
        LiveCounts c = LiveCounts.of(new MemoryDataSource(), List.of());
        assertEquals(0, c.sensors());
        assertNull(c.staleSince());
    }
}
