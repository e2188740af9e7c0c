package org.onemap.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onemap.app.briefing.BriefingPackageException;
import org.onemap.app.viewer.ViewerApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code onemap brief view F.onemap-brief}: the leader's full-screen read-only viewer (no workspace, no network). */
@Command(name = "view", mixinStandardHelpOptions = true, description = "show a .onemap-brief full screen (next/previous; Esc leaves full screen)")
final class BriefViewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "F.onemap-brief", description = "briefing package")
    Path file;

    @Override
    public Integer call() {
        try {
            ViewerApplication.launch(file);
        } catch (BriefingPackageException e) {
            throw new CliException(e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
