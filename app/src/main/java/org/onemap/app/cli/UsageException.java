package org.onemap.app.cli;

/** The arguments are malformed (found after parsing, e.g. a bad bbox); exit 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) { super(message); }
}
