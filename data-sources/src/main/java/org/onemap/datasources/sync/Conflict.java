package org.onemap.datasources.sync;

import java.time.Instant;

/**
 * A feature changed in the workspace and on the server since the last sync. The local edit stays
 * local (not pushed, not overwritten) until {@link WorkspaceSync#resolve} settles it.
 *
 * @param layer         layer name
 * @param remoteId      the feature's id on the server
 * @param localId       its id in the workspace, null when it never had one there
 * @param localVersion  the local version, null when deleted locally
 * @param remoteVersion the server version seen when detected, null when deleted on the server
 * @param detectedAt    when a sync found it
 */
public record Conflict(String layer, String remoteId, Long localId, Long localVersion, Long remoteVersion, Instant detectedAt) {
    /** One line for people: {@code conflict parcel/ab12cd34-17: edited here (v3) and on the server (v4)}. */
    public String describe() {
        String here = localVersion == null ? "deleted here" : "edited here (v" + localVersion + ")";
        String there = remoteVersion == null ? "deleted on the server" : "changed on the server (v" + remoteVersion + ")";
        return "conflict " + layer + "/" + remoteId + (localId != null ? " (local id " + localId + ")" : "") + ": " + here + " and " + there;
    }
}
