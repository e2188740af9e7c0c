package org.onemap.dataimport;

/**
 * An import cannot go on: the file is unreadable, its CRS unknown, or (all-or-nothing mode) some rows are
 * invalid. {@link #problem()} gives the location when there is one; the message is for the user.
 */
public class ImportException extends RuntimeException {
    private final transient ImportProblem problem;
    private final transient ImportReport report;

    public ImportException(String message) {
        this(message, null, null, null);
    }

    public ImportException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public ImportException(String message, ImportProblem problem, ImportReport report, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.report = report;
    }

    /** The first problem, with its location, or null. */
    public ImportProblem problem() { return problem; }

    /** The full validation report, or null when the file could not be read at all. */
    public ImportReport report() { return report; }
}
