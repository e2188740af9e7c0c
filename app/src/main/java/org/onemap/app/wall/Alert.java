package org.onemap.app.wall;

import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A raised alert. {@code id} identifies the condition (the same sensor low twice is one alert);
 * {@code where} is the feature to flash on the map (lon/lat), may be null.
 */
public record Alert(String id, AlertKind kind, String message, Geometry where, Instant raisedAt) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
