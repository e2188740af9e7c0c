package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of DESIGN.md on a real, freshly seeded H2GIS workspace (one per class: seeding costs seconds). */
class CliContractTest {
    static final int PARCELS = 2000;

    @TempDir
    static Path tmp;

    static String ws;
    static CliRun firstLayers;

    @BeforeAll
    static void seedWorkspaceThroughTheCli() {
        ws = SeededCliWorkspace.seededOnFirstUse(tmp.resolve("w1"), PARCELS);
        firstLayers = CliRun.of("layers", "--json", "--workspace", ws);
    }

    @Test
    void layersJsonListsCanonicalLayersWithTheirCounts() throws Exception {
        assertEquals(0, firstLayers.exit(), firstLayers::toString);
        JsonNode arr = new ObjectMapper().readTree(firstLayers.out());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        arr.forEach(n -> byName.put(n.get("name").asText(), n));
        List<String> expected = List.of("county", "township", "village", "railway_station", "river", "parcel", "sensor",
                "machinery", "service_station", "logistics_node", "camera", "waste_point", "industrial_park");
        List<String> names = new ArrayList<>(byName.keySet());
        assertTrue(names.size() >= expected.size(), "fewer layers than the 13 canonical ones: " + names);
        // the 13 canonical layers come first, in catalog order; the thematic modules' generated layers may follow
        assertEquals(expected, names.subList(0, expected.size()), "canonical layers first, in catalog order");
        for (String extra : names.subList(expected.size(), names.size())) {
            assertTrue(extra.matches("[a-z][a-z0-9_]*"), "layer name '" + extra + "' is not [a-z][a-z0-9_]*");
        }
        assertEquals(5, byName.get("county").get("count").asLong());
        assertEquals(64, byName.get("township").get("count").asLong());
        assertEquals(117, byName.get("village").get("count").asLong());
        assertEquals(24, byName.get("railway_station").get("count").asLong());
        assertEquals(PARCELS, byName.get("parcel").get("count").asLong());
        for (JsonNode n : arr) {
            assertTrue(n.get("count").asLong() > 0, n.get("name") + " is empty");
            assertEquals(4, n.get("extent").size(), n + " extent");
        }
    }

    @Test
    void countyExtentIsWgs84NotGcj02() throws Exception {
        JsonNode county = null;
        for (JsonNode n : new ObjectMapper().readTree(firstLayers.out())) if (n.get("name").asText().equals("county")) county = n;
        double west = county.get("extent").get(0).asDouble();
        assertEquals(111.994, west, 0.002, "west edge of the city after removing the GCJ-02 shift (GCJ-02 would be 111.9997)");
        assertEquals("MultiPolygon", county.get("geometryType").asText());
    }

    @Test
    void queryCountsFeaturesInBbox() {
        CliRun r = CliRun.of("query", "--layer", "county", "--bbox", "112.90,27.85,112.95,27.90", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Long.parseLong(r.out().trim()) >= 1, r::toString);
    }

    @Test
    void optionsMayComeBeforeTheCommand() {
        CliRun r = CliRun.of("--workspace", ws, "query", "--bbox", "112.90,27.85,112.95,27.90", "--layer", "county");
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void sqlPrintsCsvWithHeaderAndChineseNames() {
        CliRun r = CliRun.of("sql", "SELECT name FROM county ORDER BY name", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("NAME", lines.get(0).toUpperCase(), "CSV header");
        assertEquals(List.of("岳塘区", "湘乡市", "湘潭县", "雨湖区", "韶山市").stream().sorted().toList(),
                lines.subList(1, lines.size()).stream().sorted().toList());
    }

    @Test
    void sqlWritesAreVersionedAndAudited() {
        CliRun before = CliRun.of("sql", "SELECT version FROM parcel WHERE id = 7", "--workspace", ws);
        assertEquals(0, before.exit(), before::toString);
        long v = Long.parseLong(before.out().lines().toList().get(1).trim());
        CliRun upd = CliRun.of("sql", "UPDATE parcel SET crop = '茶叶' WHERE id = 7", "--workspace", ws);
        assertEquals(0, upd.exit(), upd::toString);
        CliRun after = CliRun.of("sql", "SELECT version, crop FROM parcel WHERE id = 7", "--workspace", ws);
        assertEquals((v + 1) + ",茶叶", after.out().lines().toList().get(1).trim(), after::toString);
        CliRun audit = CliRun.of("sql", "SELECT op FROM onemap_audit WHERE layer = 'parcel' AND feature_id = '7' ORDER BY seq DESC LIMIT 1",
                "--workspace", ws);
        assertEquals("update", audit.out().lines().toList().get(1).trim().toLowerCase(), audit::toString);
    }
}
