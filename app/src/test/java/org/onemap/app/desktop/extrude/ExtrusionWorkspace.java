package org.onemap.app.desktop.extrude;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.WorkspaceSeeder;

/**
 * Real H2GIS workspaces seeded with the canonical layers, one per parcel count and JVM (seeding costs
 * seconds), deleted at exit.
 */
final class ExtrusionWorkspace {
    private static final Map<Integer, H2gisWorkspace> SEEDED = new HashMap<>();

    private ExtrusionWorkspace() {}

    static synchronized DataSource withParcels(int parcels) {
        return SEEDED.computeIfAbsent(parcels, n -> {
            try {
                Path dir = Files.createTempDirectory("onemap-extrusion-test-");
                H2gisWorkspace ws = H2gisWorkspace.open(dir, "extrusion-test");
                WorkspaceSeeder.seed(ws, n, msg -> { });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    ws.close();
                    delete(dir);
                }));
                return ws;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
