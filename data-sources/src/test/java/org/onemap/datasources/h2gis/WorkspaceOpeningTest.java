package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.DataSources;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Parameter;
import org.onemap.core.spi.Transaction;

/** Opening workspaces: reopen, provider parameters, locks between processes, and the ways opening fails. */
class WorkspaceOpeningTest {
    @TempDir
    static Path tmp;
    /** Created once (the H2GIS load is the slow part) and closed; each test reopens it. */
    static Path workspace;

    @BeforeAll
    static void createWorkspace() {
        workspace = tmp.resolve("xiangtan");
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "creator")) {
            FeatureStore s = ws.createLayer(Parcels.schema("parcel"));
            try (Transaction tx = s.begin("creator")) {
                tx.insertAll(Parcels.parcels(0, 12));
                tx.commit();
            }
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotReloadH2gis() throws Exception {
        long t0 = System.nanoTime();
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "reader")) {
            System.out.printf("reopened workspace in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            assertFalse(ws.isNew(), "an existing workspace is not new: the app must not seed it again");
            assertEquals(12, ws.layer("parcel").count(Query.ALL));
            try (var c = ws.connection()) {
                assertTrue(SpatialFunctions.loaded(c), "H2GIS functions persist in the database file");
            }
            assertEquals(1.0, ((Number) ws.sql("SELECT ST_Area(ST_MakeEnvelope(0, 0, 1, 1, 4326))").rows().get(0).get(0)).doubleValue());
        }
    }

    @Test
    void openingRestoresDroppedTriggersAndMissingSpatialIndexes() throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "tinkerer"); var c = ws.connection(); var s = c.createStatement()) {
            s.execute("DROP TRIGGER PARCEL_ONEMAP_AUDIT"); // raw JDBC: what a tool without OneMap could do
            s.execute("ALTER TABLE parcel ADD COLUMN centre GEOMETRY(POINT, 4326)");
        }
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "auditor")) {
            ws.sql("UPDATE parcel SET owner = owner || '' WHERE id = 5");
            assertEquals(java.util.List.of(java.util.List.of("auditor")),
                    ws.sql("SELECT user_name FROM onemap_audit WHERE layer = 'parcel' AND feature_id = '5'").rows(),
                    "the audit trigger is back after reopening");
            assertEquals(1L, ws.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C "
                    + "ON C.INDEX_NAME = I.INDEX_NAME WHERE I.TABLE_NAME = 'PARCEL' AND C.COLUMN_NAME = 'CENTRE' "
                    + "AND I.INDEX_TYPE_NAME = 'SPATIAL INDEX'").rows().get(0).get(0), "the new geometry column got a spatial index");
            ws.sql("ALTER TABLE parcel DROP COLUMN centre");
        }
    }

    @Test
    void providerIsFoundByServiceLoaderAndDescribesItsParameters() {
        DataSourceProvider p = DataSources.provider("h2gis");
        assertInstanceOf(H2gisWorkspaceProvider.class, p);
        assertEquals(java.util.List.of("path", "user", "readOnly", "create"), p.parameters().stream().map(Parameter::key).toList());
        assertTrue(p.parameters().get(0).required(), "path is required");
        assertEquals(Boolean.TRUE, p.parameters().get(3).defaultValue(), "create defaults to true");
        try (DataSource ds = DataSources.open("h2gis", Map.of("path", workspace.toString(), "user", "provider", "readOnly", "true"))) {
            assertEquals("parcel", ds.layers().get(0).name());
            assertTrue(ds.writableLayer("parcel").isEmpty(), "read-only through the provider parameter");
        }
        DataSourceException e = assertThrows(DataSourceException.class, () -> p.open(Map.of()));
        assertTrue(e.getMessage().contains("path"), e.getMessage());
    }

    @Test
    void secondProcessIsToldTheWorkspaceIsLocked() throws Exception {
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "first")) {
            assertEquals(12, ws.layer("parcel").count(Query.ALL));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WorkspaceLockProbe.class.getName(), workspace.toString())
                    .redirectErrorStream(true).start();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(out.contains("REFUSED workspace " + workspace.toAbsolutePath()
                    + " is in use by another OneMap process (locked): close it first"), "second process output:\n" + out);
            assertEquals(12, ws.layer("parcel").count(Query.ALL), "the first process keeps working");
        }
    }

    @Test
    void readOnlyWorkspaceReadsButRefusesEveryWrite() {
        String before = snapshot();
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "viewer", true, false)) {
            assertTrue(ws.isReadOnly());
            assertEquals(12, ws.layers().get(0).count());
            assertTrue(ws.writableLayer("parcel").isEmpty());
            DataSourceException create = assertThrows(DataSourceException.class, () -> ws.createLayer(Parcels.schema("other")));
            assertTrue(create.getMessage().contains("read-only"), create.getMessage());
            DataSourceException sql = assertThrows(DataSourceException.class, () -> ws.sql("UPDATE parcel SET crop = '茶叶'"));
            assertTrue(sql.getMessage().contains("opened read-only"), sql.getMessage());
            FeatureStore store = (FeatureStore) ws.layer("parcel");
            assertThrows(DataSourceException.class, () -> store.begin("viewer"));
        }
        assertEquals(before, snapshot(), "nothing was changed by the refused writes");
    }

    /** Crops, versions and audit length of the test workspace, as CSV. */
    private static String snapshot() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(workspace, "check")) {
            return ws.sql("SELECT id, crop, version FROM parcel ORDER BY id").toCsv() + ws.sql("SELECT COUNT(*) FROM onemap_audit").toCsv();
        }
    }

    @Test
    void corruptFileIsReportedAndLeftAlone() throws IOException {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        byte[] junk = "this is not an H2 database\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(broken.resolve(H2gisWorkspace.DB_FILE), junk);
        DataSourceException e = assertThrows(DataSourceException.class, () -> H2gisWorkspace.open(broken, "u"));
        assertTrue(e.getMessage().startsWith("workspace " + broken.toAbsolutePath() + " is unreadable or corrupt"), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(broken.resolve(H2gisWorkspace.DB_FILE)), "a failed open must not touch the file");
    }

    @Test
    void fileInsteadOfFolderIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        DataSourceException e = assertThrows(DataSourceException.class, () -> H2gisWorkspace.open(file, "u"));
        assertEquals("workspace path " + file.toAbsolutePath() + " is not a folder", e.getMessage());
    }

    @Test
    void missingWorkspaceIsCreatedOnlyWhenAsked() {
        Path none = tmp.resolve("absent");
        DataSourceException e = assertThrows(DataSourceException.class, () -> H2gisWorkspace.open(none, "u", false, false));
        assertTrue(e.getMessage().startsWith("no workspace in " + none.toAbsolutePath()), e.getMessage());
        assertThrows(DataSourceException.class, () -> H2gisWorkspace.open(none, "u", true, true), "read-only never creates");
        assertFalse(Files.exists(none), "nothing is created when opening fails");
    }
}
