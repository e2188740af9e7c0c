package org.onemap.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code onemap brief export|info|render|view}: leader briefings as PDF, PPTX or an offline {@code .onemap-brief} package. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "leader briefings: export views to PDF/PPTX/.onemap-brief, inspect a package",
        subcommands = {BriefExportCommand.class, BriefInfoCommand.class, BriefRenderCommand.class, BriefViewCommand.class})
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new UsageException("brief needs a subcommand: export, info, render or view (try 'onemap brief --help')");
    }
}
