package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the main window at 1600×1000 showing each thematic module (the overview and the five
 * modules) with its legend and indicators, once tiles, overlays and labels are drawn, and writes
 * {@code target/screenshots/module-<id>.png} so a person can look at what users see (the committed
 * copies live in {@code docs/screenshots/}).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeScreenshotTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void snapshotsEveryThemeInTheMainWindow() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        AtomicReference<MainWindow> created = new AtomicReference<>();
        FxWait.onFx(() -> {
            created.set(SeededMainWindow.show(stage, 1600, 1000));
        });
        MainWindow w = created.get();
        var theme = w.viewModel().theme();
        FxWait.until("the attribute table has rows", () -> !w.viewModel().table().rows().isEmpty());
        FxWait.tilesLoaded(w.map());
        for (var module : theme.modules()) {
            FxWait.onFx(() -> theme.select(module));
            FxWait.until("the theme '" + module.id() + "' is applied", () -> theme.active() == module);
            FxWait.tilesLoaded(w.map());
            FxWait.until("the overlays of '" + module.id() + "' are drawn", () -> w.map().themeOverlaySettled());
            FxWait.labelsPlaced(w.map());
            FxWait.tilesLoaded(w.map());
            AtomicReference<BufferedImage> img = new AtomicReference<>();
            FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)));
            assertEquals(1600, img.get().getWidth(), "snapshot width");
            assertEquals(1000, img.get().getHeight(), "snapshot height");
            ImageIO.write(img.get(), "png", out.resolve("module-" + module.id() + ".png").toFile());
        }
        FxWait.onFx(theme::clear);
        assertTrue(w.viewModel().mapLayers().themeLayers().isEmpty());
        FxWait.onFx(w::dispose);
    }
}
