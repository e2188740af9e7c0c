package org.onemap.app.cli;

/** The CLI contract's exit codes (DESIGN.md). */
final class ExitCode {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;

    private ExitCode() {}
}
