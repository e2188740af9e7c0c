package org.onemap.datasources.mqtt;

import java.time.Instant;
import java.util.Map;

/** One message from a device: where it was, when, and its values (by field name). */
public record LivePosition(String deviceId, double lon, double lat, Instant time, Map<String, Object> values) {
    public LivePosition {
        values = Map.copyOf(values);
    }
}
