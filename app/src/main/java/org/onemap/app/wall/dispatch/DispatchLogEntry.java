package org.onemap.app.wall.dispatch;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the action log: who did what to which incident when, the status before and after,
 * and the unit concerned (null when none was involved).
 */
public record DispatchLogEntry(Instant at, String who, String incidentId, String incidentCode, DispatchAction action,
                               IncidentStatus from, IncidentStatus to, String unitId, String unitName) {
    public DispatchLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        if (who == null || who.isBlank()) throw new IllegalArgumentException("a dispatch action needs the operator's name");
        who = who.strip();
    }
}
