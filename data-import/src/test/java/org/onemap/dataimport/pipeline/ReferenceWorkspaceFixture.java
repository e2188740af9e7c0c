package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * Import tests against one {@link ReferenceWorkspace} per test class (opening H2GIS costs seconds, so
 * not per test), with a fresh {@link #dir} per test for the files it writes. Test classes run one after
 * another, so the static workspace belongs to the class that is running.
 */
abstract class ReferenceWorkspaceFixture {
    @TempDir static Path wsDir;
    @TempDir Path dir;
    static H2gisWorkspace ws;

    @BeforeAll
    static void openWorkspace() {
        ws = ReferenceWorkspace.create(wsDir.resolve("ws"));
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    /** Imports {@code file} into a new layer, all-or-nothing. */
    static ImportResult run(Path file, String layer, Map<String, ?> params) {
        return run(file, layer, params, ImportRequest.RowMode.ALL);
    }

    /** Imports {@code file} into a new layer as user "tester". */
    static ImportResult run(Path file, String layer, Map<String, ?> params, ImportRequest.RowMode rows) {
        return new WorkspaceImport(ws).run(file, new ImportRequest(layer, params, rows, ImportRequest.TargetMode.CREATE, "tester"),
                ImportProgress.NONE);
    }

    /**
     * Runs an all-or-nothing import that must be rejected and checks nothing was half-written: layers,
     * counts and audit log as they were, and no new layer left behind.
     */
    static ImportException rejected(Path file, String layer, Map<String, ?> params) {
        String before = ReferenceWorkspace.state(ws);
        boolean existed = ws.hasLayer(layer);
        ImportException e = assertThrows(ImportException.class, () -> run(file, layer, params));
        assertEquals(before, ReferenceWorkspace.state(ws), "a rejected import must leave layers and audit log as they were: " + e.getMessage());
        if (!existed) assertFalse(ws.hasLayer(layer), "layer " + layer + " must not exist after a rejected import");
        return e;
    }
}
