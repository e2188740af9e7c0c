package org.onemap.app.wall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.WorkspaceSeeder;

/** One real seeded H2GIS workspace (small) shared by the wall's GUI tests, deleted at exit. */
final class WallSeededWorkspace {
    private static H2gisWorkspace workspace;

    private WallSeededWorkspace() {}

    static synchronized DataSource get() {
        if (workspace == null) {
            try {
                Path dir = Files.createTempDirectory("onemap-wall-test-");
                workspace = H2gisWorkspace.open(dir, "wall-test");
                WorkspaceSeeder.seed(workspace, 1_000, msg -> { });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    workspace.close();
                    try (var walk = Files.walk(dir)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException ignored) {
                        // best effort at exit
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workspace;
    }
}
