package org.onemap.app.desktop;

import java.util.Locale;
import javafx.application.Application;
import org.onemap.core.spi.DataSource;

/** Starts the desktop application on an opened workspace; returns when the main window is closed. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    /**
     * Shows the main window for {@code workspace} and blocks until it is closed. The caller keeps
     * ownership of the workspace and closes it afterwards.
     *
     * @param locale UI language: English for any {@code en} locale, else Chinese; null means the
     *               {@code -Donemap.locale} setting (Chinese when unset)
     * @param fxArgs arguments passed on to {@link Application#launch}
     */
    public static void launch(DataSource workspace, Locale locale, String[] fxArgs) {
        OneMapApplication.prepare(workspace, locale == null ? Messages.configuredLocale() : Messages.parseLocale(locale.toLanguageTag()));
        Application.launch(OneMapApplication.class, fxArgs == null ? new String[0] : fxArgs);
    }
}
