package org.onemap.sample.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.SampleCatalog;
import org.onemap.sample.SampleLayer;
import org.onemap.sample.real.RealLayers;

class SyntheticLayersTest {
    private static SyntheticLayers generator;
    private static List<SampleLayer> layers;
    private static Map<String, PreparedGeometry> counties;

    @BeforeAll
    static void generate() {
        generator = new SyntheticLayers();
        layers = generator.facilityLayers();
        counties = new HashMap<>();
        for (Feature c : RealLayers.county().features()) {
            counties.put((String) c.get("adcode"), PreparedGeometryFactory.prepare(c.geometry()));
        }
    }

    @Test
    void producesEveryFacilityLayerInCatalogOrder() {
        assertEquals(List.of("sensor", "machinery", "service_station", "logistics_node", "camera", "waste_point", "industrial_park"),
                layers.stream().map(SampleLayer::name).toList());
        Map<String, Integer> sizes = new HashMap<>();
        layers.forEach(l -> sizes.put(l.name(), l.size()));
        assertEquals(SyntheticLayers.SENSOR_COUNT, sizes.get("sensor"));
        assertEquals(SyntheticLayers.MACHINERY_COUNT, sizes.get("machinery"));
        assertEquals(SyntheticLayers.CAMERA_COUNT, sizes.get("camera"));
        assertEquals(SyntheticLayers.WASTE_POINT_COUNT, sizes.get("waste_point"));
        assertEquals(10, sizes.get("industrial_park"));
        assertEquals(5 + 64 + 117, sizes.get("logistics_node"), "one node per county, township and village");
        int stations = sizes.get("service_station");
        assertTrue(stations > 117 * 0.7 && stations < 117, "most but not all villages get a 益农信息社: " + stations);
    }

    @Test
    void everyGeneratedFeatureIsLabelledAndInsideItsCounty() {
        for (SampleLayer l : layers) {
            assertTrue(SyntheticLayers.GENERATED_LAYERS.contains(l.name()), l.name() + " not in GENERATED_LAYERS");
            assertEquals(LayerSchema.WGS84, l.schema().srid());
            assertTrue(l.schema().field("generated").orElseThrow().required(), l.name() + ": generated must be required");
            for (Feature f : l.features()) {
                assertEquals(Boolean.TRUE, f.get("generated"), l.name() + " feature not flagged generated: " + f);
                PreparedGeometry county = counties.get((String) f.get("county_code"));
                assertNotNull(county, l.name() + " feature has no valid county_code: " + f);
                assertTrue(county.contains(f.geometry()), l.name() + " feature outside county " + f.get("county_code") + ": " + f);
            }
        }
    }

    @Test
    void generatedLayersAreRecognisableByTitle() {
        assertEquals(8, SyntheticLayers.GENERATED_LAYERS.size());
        for (String name : SampleCatalog.LAYER_ORDER) {
            boolean generated = SyntheticLayers.GENERATED_LAYERS.contains(name);
            assertEquals(generated, SampleCatalog.isGenerated(name), name);
            assertEquals(generated, SampleCatalog.title(name).endsWith("（合成数据 / generated）"), "title of " + name);
            assertEquals(name, SampleCatalog.schema(name).name());
        }
    }

    @Test
    void codesAreUniqueWithinEachLayer() {
        Map<String, String> keyField = Map.of("sensor", "station_code", "machinery", "machine_code", "camera", "camera_code",
                "waste_point", "point_code", "logistics_node", "node_code", "industrial_park", "name", "service_station", "village_code");
        for (SampleLayer l : layers) {
            String key = keyField.get(l.name());
            Set<Object> seen = new HashSet<>();
            for (Feature f : l.features()) assertTrue(seen.add(f.get(key)), l.name() + ": duplicate " + key + " " + f.get(key));
        }
    }

    @Test
    void logisticsNodesFormACountyTownshipVillageTree() {
        SampleLayer nodes = generator.logisticsNodes();
        Map<String, Feature> byCode = new HashMap<>();
        nodes.features().forEach(f -> byCode.put((String) f.get("node_code"), f));
        for (Feature f : nodes.features()) {
            String level = (String) f.get("level");
            String parent = (String) f.get("parent_code");
            if (level.equals("county")) {
                assertNull(parent, "county nodes are roots");
                continue;
            }
            Feature p = byCode.get(parent);
            assertNotNull(p, f.get("node_code") + " points to missing parent " + parent);
            String expected = level.equals("township") ? "county" : null;
            if (expected != null) assertEquals(expected, p.get("level"), "parent of " + f.get("node_code"));
            else assertFalse("village".equals(p.get("level")), "village node under a village: " + f.get("node_code"));
        }
    }

    @Test
    void pointLayersCarryRealisticReadings() {
        for (Feature f : generator.sensors().features()) {
            String kind = (String) f.get("kind");
            String zh = Map.of("soil_moisture", "墒情", "weather", "气象", "water_quality", "水质").get(kind);
            assertEquals(zh, f.get("kind_zh"), "kind_zh of " + f.get("station_code"));
            assertNotNull(f.get("value"));
            assertNotNull(f.get("unit"));
        }
        for (Feature f : generator.cameras().features()) {
            int dir = (Integer) f.get("direction_deg");
            assertTrue(dir >= 0 && dir <= 359, "direction_deg " + dir);
        }
        for (Feature f : generator.serviceStations().features()) {
            assertTrue(((String) f.get("name")).endsWith("益农信息社"), "service station name " + f.get("name"));
        }
        for (Feature f : generator.industrialParks().features()) {
            double mu = (Double) f.get("area_mu");
            assertTrue(mu > 500 && mu < 10_000, f.get("name") + " has " + mu + " mu");
            assertTrue(f.geometry().isValid(), f.get("name") + " is not a valid polygon");
        }
    }

    @Test
    void industrialParksDoNotOverlapEachOther() {
        List<Feature> parks = generator.industrialParks().features();
        for (int i = 0; i < parks.size(); i++) {
            for (int j = i + 1; j < parks.size(); j++) {
                Geometry a = parks.get(i).geometry(), b = parks.get(j).geometry();
                assertFalse(a.intersects(b), parks.get(i).get("name") + " overlaps " + parks.get(j).get("name"));
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalFacilityLayers() {
        List<SampleLayer> again = new SyntheticLayers().facilityLayers();
        assertEquals(layers, again, "facility layers must be deterministic for a given seed");
    }
}
