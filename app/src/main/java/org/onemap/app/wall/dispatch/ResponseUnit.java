package org.onemap.app.wall.dispatch;

import java.util.Objects;

/**
 * A team or machine that can be sent to an incident, where it is now (lon/lat). {@code id} is
 * {@code layer:featureId}, stable across sessions, so the log can name it. An out-of-service unit
 * (a machine under maintenance) is never suggested.
 */
public record ResponseUnit(String id, UnitKind kind, String name, double lon, double lat, boolean outOfService) {
    public ResponseUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
    }
}
