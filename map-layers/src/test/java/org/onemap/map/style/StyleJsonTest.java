package org.onemap.map.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.GeometryKind;

class StyleJsonTest {
    private static final List<String> CANONICAL = List.of("county", "river", "township", "village", "railway_station",
            "parcel", "sensor", "machinery", "service_station", "logistics_node", "camera", "waste_point", "industrial_park");

    @Test
    void everyDefaultStyleSurvivesAJsonRoundTrip() {
        for (String name : CANONICAL) {
            LayerStyle s = DefaultStyles.forLayer(name);
            assertEquals(s, StyleJson.read(StyleJson.write(s)), "style of " + name + " changed through JSON:\n" + StyleJson.write(s));
        }
        LayerStyle dashed = LayerStyle.line(StrokeStyle.dashed(new Color(10, 20, 30, 128), 1.5, 4, 2)).withScaleRange(1000, 50000);
        assertEquals(dashed, StyleJson.read(StyleJson.write(dashed)));
    }

    @Test
    void readsTheDocumentedExample() {
        LayerStyle s = StyleJson.read("""
                {"fill": {"color": "#F1EEE2", "opacity": 0.55},
                 "stroke": {"color": "#4D4D4D", "width": 1.6},
                 "label": {"field": "name", "fontSize": 15, "bold": true, "color": "#333333",
                           "halo": "#FFFFFF", "haloWidth": 2.5, "priority": 100},
                 "maxScaleDenominator": 2000000}""");
        assertEquals(new Color(0xF1EEE2), s.fill().color());
        assertEquals(0.55, s.fill().opacity());
        assertEquals("name", s.label().field());
        assertTrue(s.visibleAt(1_000_000));
        assertTrue(!s.visibleAt(3_000_000));
    }

    @Test
    void rejectsMistakesNamingTheMember() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> StyleJson.read("{\"fill\": {\"color\": \"#12345\"}}"));
        assertTrue(bad.getMessage().contains("fill.color"), bad.getMessage());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> StyleJson.read("{\"stroke\": {\"colour\": \"#123456\", \"width\": 1}}"));
        assertTrue(typo.getMessage().contains("stroke.colour"), typo.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> StyleJson.read("{\"symbol\": {\"shape\": \"star\", \"fill\": \"#000\"}}"));
        assertTrue(shape.getMessage().contains("symbol.shape"), shape.getMessage());
    }

    @Test
    void parcelDefaultsColourCropsAndOutlineDarker() {
        LayerStyle p = DefaultStyles.forLayer("parcel");
        CategoryColors c = p.categories();
        assertEquals("crop", c.field());
        assertEquals(List.of("水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"), List.copyOf(c.colors().keySet()));
        assertEquals(DefaultStyles.OTHER_CROP, c.colorOf("高粱"));
        assertEquals(0.5, p.stroke().width());
        Color rice = c.colorOf("水稻");
        Color outline = p.stroke().colorFor(rice);
        assertTrue(outline.getGreen() < rice.getGreen(), "parcel outline must be darker than its fill");
    }

    @Test
    void unknownLayersGetAStyleByGeometry() {
        assertTrue(DefaultStyles.forLayer("wells", GeometryKind.POINT).symbol() != null);
        assertTrue(DefaultStyles.forLayer("canals", GeometryKind.MULTILINESTRING).stroke() != null);
        assertTrue(DefaultStyles.forLayer("zones", GeometryKind.POLYGON).fill() != null);
        assertTrue(DefaultStyles.drawRank("county", GeometryKind.POLYGON) < DefaultStyles.drawRank("village", GeometryKind.POINT));
    }
}
