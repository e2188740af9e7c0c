package org.onemap.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.WorkspaceSeeder;

/**
 * One real H2GIS workspace seeded with the canonical layers (2,000 parcels), shared by every GUI
 * test in the JVM: loading H2GIS and seeding cost seconds, so it is done once and deleted at exit.
 */
final class SeededWorkspace {
    static final int PARCELS = 2_000;
    private static H2gisWorkspace workspace;

    private SeededWorkspace() {}

    static synchronized DataSource get() {
        if (workspace == null) {
            try {
                Path dir = Files.createTempDirectory("onemap-desktop-test-");
                workspace = H2gisWorkspace.open(dir, "desktop-test");
                WorkspaceSeeder.seed(workspace, PARCELS, msg -> { });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    workspace.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workspace;
    }

    /**
     * Seeds before a class's first test, off the FX thread: list it before TestFX's extension, whose
     * {@code @Start} runs under a set-up timeout that seeding outlasts on a busy machine.
     */
    static final class SeedFirst implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            get();
        }
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
