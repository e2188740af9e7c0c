package org.onemap.app.cli;

import java.nio.file.Path;
import org.onemap.app.workspace.WorkspaceLocation;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Option;

/**
 * {@code --workspace DIR}, accepted before or after the command name: each command has its own and
 * falls back to the root command's (picocli's inherited scope would reject the repeated mixin).
 */
public final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "workspace folder (default $ONEMAP_HOME/workspace or ~/.onemap/workspace); created and seeded if missing")
    String workspace;

    private WorkspaceOption fallback;

    /** Uses {@code other}'s value when this command was given none. */
    public WorkspaceOption orElse(WorkspaceOption other) {
        this.fallback = other;
        return this;
    }

    public Path folder() {
        if ((workspace == null || workspace.isBlank()) && fallback != null) return fallback.folder();
        return WorkspaceLocation.resolve(workspace);
    }

    /** Opens (creating and seeding on first use) the workspace; progress goes to stderr. */
    public H2gisWorkspace open() {
        return WorkspaceService.openOrSeed(folder(), WorkspaceOption::progress, false);
    }

    /** As {@link #open()}, for commands that only read: the workspace file is left byte-for-byte as it was. */
    public H2gisWorkspace openForReading() {
        return WorkspaceService.openOrSeed(folder(), WorkspaceOption::progress, true);
    }

    private static void progress(String msg) {
        System.err.println("onemap: " + msg);
    }
}
