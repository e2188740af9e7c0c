package org.onemap.thematic.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.TestLayers;
import org.onemap.thematic.data.NumericField;

class NormalisationTest {
    @Test
    void perMuDividesByTheEllipsoidalAreaInMu() {
        // 0.001° × 0.001° at Xiangtan's latitude: about 111 m × 98.5 m ≈ 16.4 mu
        Feature f = Feature.create(TestLayers.box(112.9, 27.8, 112.901, 27.801), Map.of());
        double mu = PerArea.perMu().area(f);
        assertEquals(EllipsoidalMeasure.area(f.geometry()) * 15 / 10000, mu, 1e-9);
        assertTrue(mu > 16 && mu < 17, "expected ~16.4 mu, got " + mu);
        assertEquals(100 / mu, PerArea.perMu().apply(f, 100), 1e-9);
    }

    @Test
    void perAreaOfAPointIsNaN() {
        assertTrue(Double.isNaN(PerArea.perMu().apply(Feature.create(TestLayers.point(112.9, 27.8), Map.of()), 5)));
    }

    @Test
    void perCapitaUsesThePopulationOfTheFeaturesAdminCode() {
        PerCapita perTenThousand = new PerCapita("county_code", Map.of("430321", 800_000L, "430381", 0), 10_000);
        Feature known = Feature.create(null, Map.of("county_code", "430321"));
        Feature zero = Feature.create(null, Map.of("county_code", "430381"));
        Feature missing = Feature.create(null, Map.of("county_code", "999999"));
        assertEquals(25.0, perTenThousand.apply(known, 2000), 1e-12);
        assertTrue(Double.isNaN(perTenThousand.apply(zero, 2000)));
        assertTrue(Double.isNaN(perTenThousand.apply(missing, 2000)));
    }

    @Test
    void numericFieldReadsThroughTheSpiWithNullsAsNaNAndNormalises() {
        FeatureSource layer = TestLayers.layer("towns", GeometryKind.POLYGON,
                List.of(FieldDef.of("code", FieldType.STRING), FieldDef.of("output", FieldType.DOUBLE)),
                List.of(TestLayers.feature(TestLayers.box(112, 27, 112.01, 27.01), Map.of("code", "a", "output", 10.0)),
                        TestLayers.feature(TestLayers.box(112, 27, 112.02, 27.01), Map.of("code", "b")),
                        TestLayers.feature(TestLayers.box(112, 27, 112.02, 27.01), Map.of("code", "c", "output", 30.0))));
        double[] raw = NumericField.read(layer, "OUTPUT");
        assertEquals(3, raw.length);
        assertEquals(1, java.util.Arrays.stream(raw).filter(Double::isNaN).count(), "the null output reads as NaN");
        double[] perCapita = NumericField.read(layer, "output", new PerCapita("code", Map.of("a", 5, "c", 10), 1));
        assertEquals(2.0, perCapita[0], 1e-12);
        assertEquals(3.0, perCapita[2], 1e-12);
    }

    @Test
    void numericFieldRejectsUnknownAndTextFieldsNamingTheNumericOnes() {
        FeatureSource layer = TestLayers.layer("t", GeometryKind.POINT,
                List.of(FieldDef.of("name", FieldType.STRING), FieldDef.of("n", FieldType.INTEGER)), List.of());
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NumericField.read(layer, "nope"));
        assertTrue(unknown.getMessage().contains("no field 'nope'") && unknown.getMessage().contains("numeric fields: n"), unknown.getMessage());
        IllegalArgumentException text = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NumericField.read(layer, "name"));
        assertTrue(text.getMessage().contains("not numeric"), text.getMessage());
    }
}
