package org.onemap.datasources.sync;

import java.util.List;

/**
 * What one sync did.
 *
 * @param published  layers copied from the workspace to the server by this run
 * @param replicated layers copied from the server into the workspace by this run
 * @param pulled     server changes applied to the workspace
 * @param pushed     workspace changes written to the server
 * @param conflicts  every unresolved conflict after this run (new and older ones)
 */
public record SyncReport(List<String> published, List<String> replicated, int pulled, int pushed, List<Conflict> conflicts) {
    public SyncReport {
        published = List.copyOf(published);
        replicated = List.copyOf(replicated);
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() { return !conflicts.isEmpty(); }
}
