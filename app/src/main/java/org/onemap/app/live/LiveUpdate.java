package org.onemap.app.live;

import org.onemap.datasources.mqtt.LivePosition;

/** One device message for a live layer ({@code machinery}, {@code sensor}). */
public record LiveUpdate(String layer, LivePosition position) {
    /** Key of the marker it moves: one per device and layer. */
    public String key() { return layer + "/" + position.deviceId(); }
}
