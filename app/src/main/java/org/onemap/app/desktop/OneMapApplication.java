package org.onemap.app.desktop;

import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
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
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) window.dispose();
    }
}
