package org.onemap.app.briefing;

/**
 * A briefing package cannot be opened: it is corrupt (not a zip, truncated, unreadable entry,
 * malformed manifest or story) or tampered (an entry added, removed or changed since it was made).
 * The message says which and names the entry.
 */
public class BriefingPackageException extends RuntimeException {
    public BriefingPackageException(String message) { super(message); }

    public BriefingPackageException(String message, Throwable cause) { super(message, cause); }
}
