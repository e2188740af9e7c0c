package org.onemap.app.cli;

/** A command failed for a reason the user can act on; printed as {@code onemap: error: <message>}, exit 1. */
public class CliException extends RuntimeException {
    public CliException(String message) { super(message); }

    public CliException(String message, Throwable cause) { super(message, cause); }
}
