package org.onemap.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on a workspace: its own {@code --workspace} (falling back to the one given
 * before the command name), the root command, and its picocli spec for the output streams.
 */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    /** This command's {@code --workspace}, else the root command's. */
    WorkspaceOption workspace() { return workspace.orElse(root.workspace); }
}
