package org.onemap.app.desktop;

import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.onemap.core.spi.DataSource;

/**
 * The JavaFX application. {@link Application#launch} constructs it reflectively, so the workspace
 * and locale reach it through {@link DesktopLauncher}, which sets them before launching.
 */
public final class OneMapApplication extends Application {
    private static volatile DataSource workspace;
    private static volatile Locale locale = Messages.CHINESE;
    private MainWindow window;

    static void prepare(DataSource ws, Locale uiLocale) {
        workspace = Objects.requireNonNull(ws, "workspace");
        locale = uiLocale == null ? Messages.configuredLocale() : uiLocale;
    }

    @Override
    public void start(Stage stage) {
        if (workspace == null) throw new IllegalStateException("start the desktop through DesktopLauncher.launch(workspace, locale, args)");
        window = MainWindow.create(workspace, locale);
        stage.setTitle(window.title());
        stage.setScene(window.createScene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // fill the screen: a GIS wants every pixel, and maximise alone needs a window manager
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        stage.show();
        StartupReport.watch(window.map());
    }

    @Override
    public void stop() {
        if (window != null) window.dispose();
    }
}
