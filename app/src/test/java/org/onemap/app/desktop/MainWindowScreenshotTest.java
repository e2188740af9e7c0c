package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the main window at 1600×1000 once its tiles are drawn and writes
 * {@code target/screenshots/main-window[-en].png}, so a person can look at what users see.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotTest {
    private MainWindow zh;
    private MainWindow en;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void snapshotsTheChineseAndEnglishMainWindows(FxRobot robot) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        BufferedImage chinese = snapshot(robot, Messages.CHINESE, out.resolve("main-window.png"));
        BufferedImage english = snapshot(robot, Locale.ENGLISH, out.resolve("main-window-en.png"));
        assertTrue(chinese.getWidth() == 1600 && chinese.getHeight() == 1000, "snapshot should be 1600×1000");
        assertTrue(english.getWidth() == 1600, "English snapshot should be 1600 wide");
    }

    private BufferedImage snapshot(FxRobot robot, Locale locale, Path file) throws Exception {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        FxWait.onFx(() -> {
            window.set(SeededMainWindow.show(stage, locale, 1600, 1000));
        });
        MainWindow w = window.get();
        FxWait.until("the attribute table has rows", () -> !w.viewModel().table().rows().isEmpty());
        FxWait.tilesLoaded(w.map());
        // a user at work: a county identified (panel filled, outline highlighted), pointer over the map
        Feature county = SeededWorkspace.get().layer("county").list(Query.ALL).stream()
                .filter(f -> "雨湖区".equals(f.get("name"))).findFirst()
                .orElse(SeededWorkspace.get().layer("county").list(Query.ALL).get(0));
        Coordinate c = county.geometry().getInteriorPoint().getCoordinate();
        robot.clickOn("#toolIdentify");
        robot.clickOn(w.map().localToScreen(w.map().toPixel(c.x, c.y)));
        FxWait.until("identify results", () -> !w.viewModel().identify().hits().isEmpty());
        w.viewModel().identify().hits().stream().filter(h -> h.layer().name().equals("county")).findFirst()
                .ifPresent(h -> FxWait.onFx(() -> w.viewModel().identify().selectedProperty().set(h)));
        robot.moveTo(w.map().localToScreen(w.map().getWidth() * 0.62, w.map().getHeight() * 0.55));
        FxWait.until("the status bar shows the pointer", () -> !w.viewModel().status().lonLatProperty().get().isEmpty());
        FxWait.tilesLoaded(w.map());
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)));
        ImageIO.write(img.get(), "png", file.toFile());
        FxWait.onFx(w::dispose);
        return img.get();
    }
}
