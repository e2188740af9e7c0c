package org.onemap.sample.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleCatalog;
import org.onemap.sample.SampleLayer;

class ThemeLayersTest {
    private static List<SampleLayer> layers;
    private static Territory territory;

    @BeforeAll
    static void generate() {
        layers = new ThemeLayers(SyntheticLayers.DEFAULT_SEED).all();
        territory = new Territory();
    }

    private static SampleLayer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no layer " + name));
    }

    @Test
    void everyThemeLayerIsNamedLabelledAndNonEmpty() {
        assertEquals(List.copyOf(ThemeLayers.NAMES), layers.stream().map(SampleLayer::name).toList());
        for (SampleLayer l : layers) {
            assertTrue(l.name().matches("[a-z][a-z0-9_]*"), "layer name " + l.name());
            assertTrue(l.size() > 0, l.name() + " is empty");
            assertTrue(SyntheticLayers.isGenerated(l.name()), l.name() + " must count as generated");
            assertTrue(SampleCatalog.title(l.name()).endsWith(SyntheticLayers.TITLE_SUFFIX), "title of " + l.name());
            assertEquals(l.schema(), SampleCatalog.schema(l.name()));
            for (Feature f : l.features()) assertEquals(Boolean.TRUE, f.get("generated"), l.name() + " feature not labelled generated");
        }
    }

    @Test
    void cellsLieInsideTheirRealCounty() {
        for (String name : List.of(ThemeLayers.TOWNSHIP_STATS, ThemeLayers.GRID_CELL)) {
            for (Feature f : layer(name).features()) {
                Geometry county = territory.county((String) f.get("county_code")).boundary();
                Geometry cell = f.geometry();
                assertTrue(cell.isValid(), name + " cell invalid: " + f.attributes());
                double outside = cell.difference(county.buffer(1e-6)).getArea();
                assertTrue(outside < 1e-9, name + " cell " + f.attributes() + " leaks out of its county by " + outside + " deg²");
            }
        }
        assertTrue(layer(ThemeLayers.TOWNSHIP_STATS).size() >= 60, "one township cell per real township centre");
    }

    @Test
    void incidentsHaveStatusAndTimesInTheHalfYearWindow() {
        Map<Object, Long> byStatus = layer(ThemeLayers.INCIDENT).features().stream()
                .collect(Collectors.groupingBy(f -> f.get("status"), Collectors.counting()));
        assertEquals(Set.of("待处理", "处理中", "已办结"), byStatus.keySet());
        for (Feature f : layer(ThemeLayers.INCIDENT).features()) {
            assertNotNull(f.get("reported_at"));
            assertEquals("已办结".equals(f.get("status")), f.get("closed_at") != null, "closed_at only for closed incidents");
            assertNotNull(territory.countyAt(f.geometry().getCoordinate()), "incident outside Xiangtan: " + f.attributes());
        }
    }

    @Test
    void salesFlowsRunFromRuralTownshipsToMarkets() {
        Set<Object> markets = new HashSet<>();
        for (Feature f : layer(ThemeLayers.SALES_FLOW).features()) {
            markets.add(f.get("destination"));
            assertTrue(((Double) f.get("volume_t")) > 0);
            assertEquals(2, f.geometry().getNumPoints());
        }
        assertEquals(Set.of("长沙", "株洲", "湘潭城区"), markets);
    }

    @Test
    void sameSeedGivesTheSameLayers() {
        List<SampleLayer> again = new ThemeLayers(SyntheticLayers.DEFAULT_SEED).all();
        for (int i = 0; i < layers.size(); i++) {
            assertEquals(layers.get(i).features().size(), again.get(i).features().size());
            for (int k = 0; k < layers.get(i).size(); k++) {
                assertEquals(layers.get(i).features().get(k).attributes(), again.get(i).features().get(k).attributes(), layers.get(i).name());
                assertTrue(layers.get(i).features().get(k).geometry().equalsExact(again.get(i).features().get(k).geometry()));
            }
        }
    }
}
