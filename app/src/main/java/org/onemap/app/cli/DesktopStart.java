package org.onemap.app.cli;

import java.util.Locale;
import org.onemap.app.desktop.DesktopLauncher;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** Opens the workspace and hands it to the desktop app, which runs until its window closes. */
final class DesktopStart {
    private DesktopStart() {}

    static void start(WorkspaceOption workspace, Locale locale) {
        try (H2gisWorkspace ws = workspace.open()) {
            DesktopLauncher.launch(ws, locale, new String[0]);
        }
    }
}
