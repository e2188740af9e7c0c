package org.onemap.datasources.mqtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;

/**
 * How JSON messages on MQTT topics become a live point layer: which topic filter, which message fields
 * hold the device id, lon, lat and time, which values are kept as attributes (top-level fields or inside
 * a {@code "values"} object), how many past positions each device keeps in memory and when a device counts
 * as stale (greyed on the map).
 */
public record LiveFeedMapping(String layer, String topicFilter, String idField, String lonField, String latField, String timeField,
                              List<FieldDef> values, int trackLength, Duration staleAfter) {
    /** The attribute holding each device's last message time. */
    public static final String TIME = "time";

    public LiveFeedMapping {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(topicFilter, "topicFilter");
        idField = idField == null ? "id" : idField;
        lonField = lonField == null ? "lon" : lonField;
        latField = latField == null ? "lat" : latField;
        timeField = timeField == null ? "time" : timeField;
        values = List.copyOf(values == null ? List.of() : values);
        if (trackLength < 1) throw new IllegalArgumentException("trackLength must be >= 1: " + trackLength);
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
    }

    /** Defaults: fields {@code id, lon, lat, time}, 100 positions per device, stale after 10 minutes. */
    public static LiveFeedMapping of(String layer, String topicFilter, List<FieldDef> values) {
        return new LiveFeedMapping(layer, topicFilter, null, null, null, null, values, 100, null);
    }

    public LiveFeedMapping withTrackLength(int n) {
        return new LiveFeedMapping(layer, topicFilter, idField, lonField, latField, timeField, values, n, staleAfter);
    }

    /** A point layer: the value fields and the message time. */
    public LayerSchema schema() {
        List<FieldDef> fields = new ArrayList<>(values);
        fields.add(FieldDef.of(TIME, FieldType.TIMESTAMP));
        return new LayerSchema(layer, GeometryKind.POINT, LayerSchema.WGS84, fields);
    }
}
