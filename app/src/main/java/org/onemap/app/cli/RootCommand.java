package org.onemap.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.onemap.app.briefing.BriefingPackageException;
import org.onemap.app.viewer.ViewerApplication;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onemap}: starts the desktop app unless a command is given (the commands: {@link Subcommands}). */
@Command(name = "onemap", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "OneMap 数字乡村一张图 — Xiangtan digital-village GIS command centre")
public final class RootCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--wall", description = "start in wall-display mode (full screen, kiosk; env ONEMAP_WALL_PIN sets the PIN on first start, ONEMAP_WALL_SCREENS=1,2 picks screens)")
    boolean wall;

    @Option(names = "--briefing", paramLabel = "FILE", description = "open a .onemap-brief package in the read-only leader viewer")
    String briefing;

    @Option(names = "--lang", paramLabel = "zh|en", description = "user-interface language (default zh)")
    String lang;

    @Override
    public Integer call() {
        if (wall) {
            // wall mode (issue 8): screens, wall name and first-run PIN come from ONEMAP_WALL_* (see WallOptions)
            try (var ws = workspace.open()) {
                org.onemap.app.wall.WallLauncher.launch(ws, Locale.forLanguageTag(lang != null ? lang : System.getProperty("onemap.locale", "zh-CN")),
                        org.onemap.app.wall.WallOptions.fromEnvironment(System.getenv(), workspace.folder()));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new CliException("--wall: " + e.getMessage(), e);
            }
            return ExitCode.OK;
        }
        if (briefing != null) {
            // the leader viewer: read-only, no workspace is opened or created
            try {
                ViewerApplication.launch(Path.of(briefing));
            } catch (BriefingPackageException e) {
                throw new CliException(e.getMessage(), e);
            }
            return ExitCode.OK;
        }
        Locale locale = lang == null ? Locale.forLanguageTag(System.getProperty("onemap.locale", "zh-CN"))
                : Locale.forLanguageTag(lang);
        DesktopStart.start(workspace, locale);
        return ExitCode.OK;
    }
}
