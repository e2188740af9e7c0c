package org.onemap.app.wall;

import java.util.Locale;
import javafx.application.Application;
import org.onemap.core.spi.DataSource;

/**
 * Starts wall mode on an opened workspace and blocks until an operator leaves it (exit chord
 * Ctrl+Alt+Shift+Q, then the wall PIN). The first start of a wall needs its PIN from
 * {@link WallOptions#initialPin()} ({@code ONEMAP_WALL_PIN}); it is stored hashed in the wall config.
 */
public final class WallLauncher {
    private WallLauncher() {}

    /**
     * @throws IllegalStateException when the wall has no PIN yet and none is given (the wall could not be left)
     */
    public static void launch(DataSource workspace, Locale locale, WallOptions options) {
        WallConfig config = WallConfig.loadOrCreate(options.wallsFolder(), options.name(), options.initialPin());
        WallApplication.prepare(workspace, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, config, options);
        Application.launch(WallApplication.class);
    }
}
