package org.onemap.thematic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.TestLayers;

class HeatMapThresholdTest {
    private static FeatureSource points() {
        return TestLayers.layer("p", GeometryKind.POINT, List.of(FieldDef.of("w", FieldType.DOUBLE)),
                List.of(TestLayers.feature(TestLayers.point(112.9, 27.8), Map.of("w", 1.0))));
    }

    @Test
    void aHigherThresholdLeavesLowDensityTransparent() {
        HeatMap standard = new HeatMap(points(), "w", 20);
        HeatMap tight = standard.withVisibleFrom(0.2);
        assertNotEquals(0, standard.colour(0.1), "default threshold 0.02 shows 10 % density");
        assertEquals(0, tight.colour(0.1), "a 0.2 threshold hides 10 % density");
        assertNotEquals(0, tight.colour(0.5));
        assertEquals(0, tight.withRadius(40).colour(0.1), "changing the radius keeps the threshold");
        assertThrows(IllegalArgumentException.class, () -> standard.withVisibleFrom(1));
    }
}
