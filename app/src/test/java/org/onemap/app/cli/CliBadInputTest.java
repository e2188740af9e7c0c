package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** Bad input gives exit 1 or 2 with a clear message, and the workspace file stays byte-for-byte the same. */
class CliBadInputTest {
    @TempDir
    static Path tmp;

    static Path ws;

    @BeforeAll
    static void seed() {
        ws = tmp.resolve("ws");
        SeededCliWorkspace.seeded(ws, 500);
    }

    static byte[] digest(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }

    @Test
    void unknownLayerIsAnErrorNamingTheLayers() throws Exception {
        byte[] before = digest(ws.resolve(H2gisWorkspace.DB_FILE));
        CliRun r = CliRun.of("query", "--layer", "nosuch", "--bbox", "112,27,113,28", "--workspace", ws.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: unknown layer 'nosuch'"), r::toString);
        assertTrue(r.err().contains("county"), "lists the layers that exist: " + r);
        assertArrayEquals(before, digest(ws.resolve(H2gisWorkspace.DB_FILE)), "workspace changed by a failed query");
    }

    @Test
    void malformedBboxIsAUsageError() {
        for (String bad : List.of("1,2,3", "a,b,c,d", "113,27,112,28", "112,27,113,1e400")) {
            CliRun r = CliRun.of("query", "--layer", "county", "--bbox", bad, "--workspace", ws.toString());
            assertEquals(2, r.exit(), bad + " -> " + r);
            assertTrue(r.err().contains("malformed --bbox"), r::toString);
        }
    }

    @Test
    void malformedBboxNeverCreatesAWorkspace() {
        Path fresh = tmp.resolve("never-created");
        CliRun r = CliRun.of("query", "--layer", "county", "--bbox", "x", "--workspace", fresh.toString());
        assertEquals(2, r.exit(), r::toString);
        assertFalse(Files.exists(fresh), "a usage error must not seed a workspace");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(2, CliRun.of("frobnicate").exit());
        assertEquals(2, CliRun.of("layers", "--bogus").exit());
        assertEquals(2, CliRun.of("query", "--bbox", "1,2,3,4").exit(), "missing --layer");
    }

    @Test
    void corruptWorkspaceIsAnErrorAndIsNotTouched() throws Exception {
        Path bad = tmp.resolve("corrupt");
        Files.createDirectories(bad);
        Path db = bad.resolve(H2gisWorkspace.DB_FILE);
        Files.write(db, "this is not an H2 database file, just text".repeat(100).getBytes());
        byte[] before = digest(db);
        CliRun r = CliRun.of("layers", "--workspace", bad.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: "), r::toString);
        assertTrue(r.err().contains(bad.toString()), "names the workspace: " + r);
        assertArrayEquals(before, digest(db), "corrupt workspace file was modified");
    }

    @Test
    void corruptBriefingIsRefusedWithoutOpeningAWorkspace() throws Exception {
        Path brief = Files.write(tmp.resolve("bad.onemap-brief"), "not a zip".getBytes());
        Path untouched = tmp.resolve("no-workspace-please");
        CliRun r = CliRun.of("--briefing", brief.toString(), "--workspace", untouched.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("onemap: error: ") && r.err().contains("bad.onemap-brief"), r::toString);
        assertFalse(Files.exists(untouched), "the leader viewer never creates a workspace");
        CliRun alone = CliRun.of(brief.toString()); // as the installed launcher receives it from a file manager
        assertEquals(1, alone.exit(), alone::toString);
        assertTrue(alone.err().contains("bad.onemap-brief"), alone::toString);
    }

    @Test
    void workspaceThatIsAFileIsAnError() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        CliRun r = CliRun.of("layers", "--workspace", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("not a folder"), r::toString);
    }

    @Test
    void workspaceLockedByAnotherProcessIsAnError() throws Exception {
        // the file's bytes belong to the holder while it runs (H2 writes in the background), so "unchanged"
        // is checked on content: the audit log and the features, before the holder and after it
        String before = contentFingerprint();
        // another OneMap process holds the workspace open (a real second JVM: H2 shares a file within one JVM)
        Process holder = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), ws.toString()).redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.equals("ready")) seen.append(line).append('\n');
            assertEquals("ready", line, "holder process did not open the workspace: " + seen);
            CliRun r = CliRun.of("query", "--layer", "county", "--workspace", ws.toString());
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("in use") || r.err().contains("locked"), r::toString);
        } finally {
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(before, contentFingerprint(), "the workspace content changed");
    }

    private static String contentFingerprint() {
        CliRun r = CliRun.of("sql", "SELECT (SELECT COUNT(*) FROM onemap_audit) AS audit, (SELECT SUM(version) FROM parcel) AS versions,"
                + " (SELECT COUNT(*) FROM parcel) AS parcels", "--workspace", ws.toString());
        assertEquals(0, r.exit(), r::toString);
        return r.out();
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
