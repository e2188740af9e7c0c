package org.onemap.thematic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.TestLayers;

class TimeSliderTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    /** A reading every 10 minutes for 6 hours (37 readings). */
    private static FeatureSource readings() {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i <= 36; i++) {
            fs.add(TestLayers.feature(TestLayers.point(112.9, 27.8), Map.of("at", T0.plus(Duration.ofMinutes(10L * i)), "v", (double) i)));
        }
        return TestLayers.layer("sensor_reading", GeometryKind.POINT,
                List.of(FieldDef.of("at", FieldType.TIMESTAMP), FieldDef.of("v", FieldType.DOUBLE)), fs);
    }

    @Test
    void hourlyFramesCoverTheDataWithoutOverlap() {
        FeatureSource src = readings();
        TimeSlider slider = TimeSlider.over(src, "at", Duration.ofHours(1), Duration.ofHours(1));
        assertEquals(7, slider.positions(), "0h..6h inclusive");
        long total = 0;
        for (int i = 0; i < slider.positions(); i++) total += slider.at(src, "at", i).count(Query.ALL);
        assertEquals(37, total, "every reading shows in exactly one frame");
        assertEquals(6, slider.at(src, "at", 0).count(Query.ALL));
        assertEquals(1, slider.at(src, "at", 6).count(Query.ALL));
        assertEquals(new TimeSlider.Window(T0.plusSeconds(3600), T0.plusSeconds(7200)), slider.window(1));
    }

    @Test
    void aLongerWindowLeavesATrail() {
        FeatureSource src = readings();
        TimeSlider slider = TimeSlider.over(src, "at", Duration.ofHours(1), Duration.ofHours(2));
        List<Feature> frame = slider.at(src, "at", 2).list(Query.ALL);
        assertEquals(12, frame.size());
        assertEquals(12.0, frame.get(0).get("v"));
    }

    @Test
    void rejectsNonTimeFieldsAndPositionsOutOfRange() {
        FeatureSource src = readings();
        assertThrows(IllegalArgumentException.class, () -> TimeSlider.over(src, "v", Duration.ofHours(1), Duration.ofHours(1)));
        TimeSlider slider = TimeSlider.over(src, "at", Duration.ofHours(1), Duration.ofHours(1));
        assertThrows(IndexOutOfBoundsException.class, () -> slider.window(7));
        assertThrows(IllegalArgumentException.class, () -> new TimeSlider(T0, T0.minusSeconds(1), Duration.ofHours(1), Duration.ofHours(1)));
    }
}
