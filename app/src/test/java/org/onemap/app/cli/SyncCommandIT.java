package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.postgis.ThrowawayDatabase;

/**
 * {@code onemap sync} against a real PostGIS, as a user runs it: publish a seeded workspace, make a
 * replica in a new folder, edit the same parcel in both and see the conflict. Steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncCommandIT {
    @TempDir
    static Path tmp;

    static ThrowawayDatabase db;
    static String publisher;
    static String replica;

    @BeforeAll
    static void seededWorkspaceAndEmptyServer() {
        db = ThrowawayDatabase.create();
        publisher = SeededCliWorkspace.seeded(tmp.resolve("publisher"), 300);
        replica = tmp.resolve("replica").toString();
    }

    @AfterAll
    static void dropServer() {
        if (db != null) db.close();
    }

    /** layer → feature count as {@code onemap layers --json} reports it. */
    private static Map<String, Long> localCounts(String workspace) throws Exception {
        CliRun r = CliRun.of("layers", "--json", "--workspace", workspace);
        assertEquals(0, r.exit(), r::toString);
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode n : new ObjectMapper().readTree(r.out())) out.put(n.get("name").asText(), n.get("count").asLong());
        return out;
    }

    private static Map<String, Long> serverCounts() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name FROM onemap_layer")) {
                while (rs.next()) out.put(rs.getString(1), 0L);
            }
            for (String layer : out.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + layer)) {
                    rs.next();
                    out.put(layer, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String serverValue(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    @Order(1)
    void firstSyncPublishesTheWorkspace() throws Exception {
        CliRun r = CliRun.of("sync", "--remote", db.url(), "--workspace", publisher);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("published parcel"), r::toString);
        assertEquals(localCounts(publisher), serverCounts(), "every layer and feature is on the server");
        assertEquals(300L, serverCounts().get("parcel"));
    }

    @Test
    @Order(2)
    void syncIntoANewFolderMakesAReplicaWithoutSeeding() throws Exception {
        assertFalse(Files.exists(Path.of(replica)));
        CliRun r = CliRun.of("sync", "--workspace", replica, "--remote", db.url()); // options in any order
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("replicated parcel"), r::toString);
        assertFalse(r.err().contains("seeding"), "a replica is not seeded with sample data: " + r);
        assertEquals(serverCounts(), localCounts(replica), "the replica holds exactly what the server has");
    }

    @Test
    @Order(3)
    void sameParcelEditedInBothIsAConflictAndExits1() throws Exception {
        String code = serverValue("SELECT parcel_code FROM parcel ORDER BY parcel_code LIMIT 1");
        String other = serverValue("SELECT parcel_code FROM parcel ORDER BY parcel_code DESC LIMIT 1");
        assertEquals(0, CliRun.of("sql", "UPDATE parcel SET crop = '湘莲' WHERE parcel_code = '" + code + "'", "--workspace", publisher).exit());
        assertEquals(0, CliRun.of("sql", "UPDATE parcel SET crop = '茶叶' WHERE parcel_code = '" + code + "'", "--workspace", replica).exit());
        assertEquals(0, CliRun.of("sql", "UPDATE parcel SET owner = '李四' WHERE parcel_code = '" + other + "'", "--workspace", replica).exit());
        CliRun a = CliRun.of("sync", "--remote", db.url(), "--workspace", publisher);
        assertEquals(0, a.exit(), a::toString);

        CliRun b = CliRun.of("sync", "--remote", db.url(), "--workspace", replica);
        assertEquals(1, b.exit(), "unresolved conflicts exit 1: " + b);
        assertTrue((b.out() + b.err()).contains("conflict"), "the conflict is printed: " + b);
        assertEquals("湘莲", serverValue("SELECT crop FROM parcel WHERE parcel_code = '" + code + "'"), "the server edit is not overwritten");
        assertEquals("李四", serverValue("SELECT owner FROM parcel WHERE parcel_code = '" + other + "'"), "non-conflicting edits still sync");
        CliRun local = CliRun.of("sql", "SELECT crop FROM parcel WHERE parcel_code = '" + code + "'", "--workspace", replica);
        assertTrue(local.out().contains("茶叶"), "the local edit stays local: " + local);
        CliRun again = CliRun.of("sync", "--remote", db.url(), "--workspace", replica);
        assertEquals(1, again.exit(), "still unresolved on the next sync: " + again);
    }

    @Test
    @Order(4)
    void deadServerIsAClearErrorAndLeavesNoFolder() {
        Path fresh = tmp.resolve("never-made");
        CliRun r = CliRun.of("sync", "--remote", "postgresql://127.0.0.1:1/nowhere", "--workspace", fresh.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot connect to postgresql://127.0.0.1:1/nowhere"), r::toString);
        assertFalse(Files.exists(fresh), "no replica folder is left behind when the server is unreachable");
    }

    @Test
    @Order(5)
    void remoteThatIsNotPostgresIsAUsageError() {
        CliRun r = CliRun.of("sync", "--remote", "mysql://h/db", "--workspace", tmp.resolve("x").toString());
        assertEquals(2, r.exit(), r::toString);
    }
}
