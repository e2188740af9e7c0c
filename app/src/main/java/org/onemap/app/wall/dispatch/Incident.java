package org.onemap.app.wall.dispatch;

import java.time.Instant;
import java.util.Objects;

/**
 * One incident as dispatch sees it: its feature id in the incident layer, code, category, when it
 * was reported, where (lon/lat), its priority (1 = most urgent), status and the unit sent (null
 * until assigned). Immutable: a status change makes a new one.
 */
public record Incident(String id, String code, String category, Instant reportedAt, double lon, double lat,
                       int priority, IncidentStatus status, String unitId, String unitName) {
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        code = code == null || code.isBlank() ? "#" + id : code;
    }

    public boolean isOpen() { return status != IncidentStatus.CLOSED; }

    /** This incident moved to {@code to} with {@code unit} (id, name) attached; a closed one keeps its unit for the record. */
    Incident moved(IncidentStatus to, String newUnitId, String newUnitName) {
        return new Incident(id, code, category, reportedAt, lon, lat, priority, to, newUnitId, newUnitName);
    }
}
