package org.onemap.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.onemap.core.spi.DataSourceException;
import picocli.CommandLine;

/**
 * Runs the command line: exit 0 ok, 1 error (message {@code onemap: error: …} on stderr), 2 usage.
 * Errors are mapped here once so every command reports alike.
 */
public final class OneMapCli {
    private OneMapCli() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        RenderWarmUp.startIfRendering(args);
        CommandLine cl = Subcommands.addTo(new CommandLine(new RootCommand()), briefingShortcut(args));
        cl.setOut(o);
        cl.setErr(e);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("onemap: usage: " + ex.getMessage());
            CommandLine sub = ex.getCommandLine();
            e.println("Try 'onemap " + (sub.getParent() == null ? "" : sub.getCommandName() + " ") + "--help'.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, pr) -> {
            if (ex instanceof UsageException) {
                e.println("onemap: usage: " + ex.getMessage());
                return ExitCode.USAGE;
            }
            e.println("onemap: error: " + message(ex));
            if (Boolean.getBoolean("onemap.debug")) ex.printStackTrace(e);
            return ExitCode.ERROR;
        });
        int code = cl.execute(briefingShortcut(args));
        o.flush();
        e.flush();
        return code;
    }

    /** A file manager or the installed launcher passes a package alone: {@code onemap F.onemap-brief}. */
    static String[] briefingShortcut(String[] args) {
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".onemap-brief")) {
            return new String[] {"--briefing", args[0]};
        }
        return args;
    }

    private static String message(Throwable ex) {
        if (ex instanceof DataSourceException || ex instanceof CliException) return ex.getMessage();
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m;
    }
}
