package org.onemap.app.wall;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.core.spi.DataSource;

/** The JavaFX application of wall mode; {@link WallLauncher} hands it the workspace before launch. */
public final class WallApplication extends Application {
    private static volatile DataSource workspace;
    private static volatile Locale locale;
    private static volatile WallConfig config;
    private static volatile WallOptions options;
    private WallWindow window;

    static void prepare(DataSource ws, Locale uiLocale, WallConfig wallConfig, WallOptions wallOptions) {
        workspace = Objects.requireNonNull(ws, "workspace");
        locale = uiLocale;
        config = wallConfig;
        options = wallOptions;
    }

    @Override
    public void start(Stage stage) {
        if (workspace == null) throw new IllegalStateException("start wall mode through WallLauncher.launch");
        Rectangle2D bounds = WallScreens.bounds(options.screens());
        window = new WallWindow(workspace, locale, config, Clock.systemDefaultZone(), tiles(bounds));
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setTitle(WallText.forLocale(locale).get("wall.title"));
        Scene scene = window.createScene(bounds.getWidth(), bounds.getHeight());
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        // full-screen mode is per monitor: use it for one screen, plain spanning bounds for several
        if (WallScreens.count(options.screens()) == 1) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        stage.setAlwaysOnTop(true);
        // kiosk: closing (Alt+F4, window manager) is refused while locked
        stage.setOnCloseRequest(e -> {
            if (window.lock().isLocked()) e.consume();
        });
        window.setOnUnlocked(() -> {
            config.withLayout(config.layout()).save(options.wallsFolder());
            stage.close();
            Platform.exit();
        });
        stage.show();
        window.start();
    }

    /**
     * Tiles at the screen's own resolution on a wall 2560 px or wider: there the desktop's double
     * resolution would quadruple the rendering for detail nobody reads from across the room.
     */
    private static LocalBasemap tiles(Rectangle2D bounds) {
        return bounds.getWidth() >= 2560 ? LocalBasemap.withPixelRatio(Math.max(1, javafx.stage.Screen.getPrimary().getOutputScaleX()))
                : LocalBasemap.install();
    }

    @Override
    public void stop() {
        if (window != null) window.dispose();
    }
}
