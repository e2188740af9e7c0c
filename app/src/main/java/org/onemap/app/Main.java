package org.onemap.app;

import org.onemap.app.cli.OneMapCli;

/** Entry point of {@code ./onemap}: the desktop app by default, else a CLI command (DESIGN.md). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(OneMapCli.run(args, System.out, System.err));
    }
}
