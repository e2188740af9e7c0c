package org.onemap.core.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CrsRegistryTest {
    @Test
    void readsLenientSpellingsAsCanonicalIds() {
        assertEquals("EPSG:4547", CrsRegistry.canonical("epsg:4547"));
        assertEquals("EPSG:4547", CrsRegistry.canonical(" 4547 "));
        assertEquals("EPSG:4547", CrsRegistry.canonical("EPSG::4547"));
        assertEquals("GCJ-02", CrsRegistry.canonical("gcj02"));
        assertEquals("GCJ-02", CrsRegistry.canonical("GCJ_02"));
        assertEquals(4547, CrsRegistry.epsgCode("epsg:4547"));
        assertEquals(-1, CrsRegistry.epsgCode("GCJ-02"));
    }

    @Test
    void rejectsUnknownOrUnreadableIdsWithAHelpfulMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrsRegistry.canonical("EPSG:999999"));
        assertTrue(e.getMessage().contains("999999"), "message should name the code: " + e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CrsRegistry.canonical("WGS84ish"));
        assertTrue(e.getMessage().contains("WGS84ish"), "message should quote the input: " + e.getMessage());
        assertFalse(CrsRegistry.isSupported(null));
        assertFalse(CrsRegistry.isSupported("EPSG:999999"));
    }

    @Test
    void supportsEveryChinaCrsInThePickerList() {
        List<String> ids = CrsRegistry.chinaCrsIds();
        assertEquals(4 + 21 + 21 + 11 + 11, ids.size(), "4326, 4490, 3857, GCJ-02, 42 3° and 22 6° GK codes");
        for (String id : ids) assertTrue(CrsRegistry.isSupported(id), id + " should be buildable by proj4j");
    }

    @Test
    void knowsWhichCrsAreGeographic() {
        assertTrue(CrsRegistry.isGeographic("EPSG:4326"));
        assertTrue(CrsRegistry.isGeographic("EPSG:4490"));
        assertTrue(CrsRegistry.isGeographic("GCJ-02"));
        assertFalse(CrsRegistry.isGeographic("EPSG:3857"));
        assertFalse(CrsRegistry.isGeographic("EPSG:4547"));
    }

    /** Gauss-Kruger names must be the EPSG names, which the proj4j-epsg table carries as comments above each code. */
    @Test
    void gaussKrugerDisplayNamesMatchTheEpsgTable() throws IOException {
        Map<Integer, String> names = epsgTableNames();
        for (String id : CrsRegistry.chinaCrsIds()) {
            if (id.equals(CrsRegistry.GCJ02) || CrsRegistry.epsgCode(id) < 4491) continue;
            int code = CrsRegistry.epsgCode(id);
            assertNotNull(names.get(code), "EPSG table has no name for " + id);
            assertEquals(names.get(code), CrsRegistry.displayName(id), "display name of " + id);
        }
    }

    @Test
    void namesTheGeographicAndWebCrsAsUsersKnowThem() {
        assertEquals("WGS 84", CrsRegistry.displayName("EPSG:4326"));
        assertEquals("CGCS2000", CrsRegistry.displayName("EPSG:4490"));
        assertEquals("WGS 84 / Pseudo-Mercator", CrsRegistry.displayName("EPSG:3857"));
        assertTrue(CrsRegistry.displayName("GCJ-02").startsWith("GCJ-02"));
    }

    private static Map<Integer, String> epsgTableNames() throws IOException {
        Map<Integer, String> names = new HashMap<>();
        Pattern def = Pattern.compile("^<(\\d+)>");
        try (InputStream in = CrsRegistryTest.class.getResourceAsStream("/proj4/nad/epsg")) {
            assertNotNull(in, "proj4j-epsg resource proj4/nad/epsg missing from the test classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String comment = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# ")) {
                    comment = line.substring(2).trim();
                    continue;
                }
                Matcher m = def.matcher(line);
                if (m.find() && comment != null) names.put(Integer.parseInt(m.group(1)), comment);
                comment = null;
            }
        }
        return names;
    }
}
