package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.onemap.app.workspace.WorkspaceService;

/**
 * A workspace folder for CLI tests, seeded through the CLI with a chosen number of synthetic parcels.
 * Seeding costs seconds, so a test class makes one in its {@code @BeforeAll} and shares it.
 */
final class SeededCliWorkspace {
    private SeededCliWorkspace() {}

    /**
     * Sets how many parcels seeding makes and returns {@code folder} as the {@code --workspace} argument;
     * the first command run on it seeds it (for tests where that first run is itself under test).
     */
    static String seededOnFirstUse(Path folder, int parcels) {
        // a system property, because seeding happens inside the CLI run, deep in WorkspaceService
        System.setProperty(WorkspaceService.SEED_PARCELS_PROPERTY, Integer.toString(parcels));
        return folder.toString();
    }

    /** As {@link #seededOnFirstUse}, seeding now with {@code onemap layers} so every test starts from a ready workspace. */
    static String seeded(Path folder, int parcels) {
        String ws = seededOnFirstUse(folder, parcels);
        CliRun r = CliRun.of("layers", "--workspace", ws);
        assertEquals(0, r.exit(), () -> "seeding the workspace " + ws + " with `onemap layers` failed:\n" + r);
        return ws;
    }
}
