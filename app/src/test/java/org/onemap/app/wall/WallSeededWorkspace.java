package org.onemap.app.wall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import javafx.stage.Stage;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.app.live.LiveSettings;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.WorkspaceSeeder;

/** One real seeded H2GIS workspace (small) shared by the wall's GUI tests, deleted at exit; and walls over it. */
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
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workspace;
    }

    /** A new wall configuration named {@code name} (PIN 2468) in a temporary folder deleted at exit. */
    static WallConfig config(String name) throws IOException {
        Path walls = Files.createTempDirectory("onemap-walls-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(walls)));
        return WallConfig.loadOrCreate(walls, name, "2468");
    }

    /** Shows a 1600×1000 wall of {@code config} over the seeded workspace, on {@code clock}, replaying its live layers. */
    static WallWindow show(Stage stage, WallConfig config, FakeClock clock) {
        WallWindow wall = new WallWindow(get(), Locale.SIMPLIFIED_CHINESE, config, clock, LocalBasemap.withPixelRatio(1), LiveSettings.defaults());
        stage.setScene(wall.createScene(1600, 1000));
        stage.show();
        return wall;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
