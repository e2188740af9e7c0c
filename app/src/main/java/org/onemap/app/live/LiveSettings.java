package org.onemap.app.live;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * How the live layers (on the wall, and in the desktop's 实时图层) get their feeds. From the environment
 * and system properties (so {@code ./onemap --wall} needs no flags): {@code ONEMAP_MQTT_URL} or {@code -Donemap.mqtt.url} (e.g.
 * {@code tcp://127.0.0.1:1883}; unset = replay from the workspace), {@code -Donemap.live.staleMinutes}
 * (markers grey after this silence, default 10), {@code -Donemap.live.rate} (replay messages per second
 * per layer, default 10), {@code -Donemap.wall.holdSeconds} (overrides every carousel hold time, for
 * the compressed soak; 0 = the playlist's own) and {@code -Donemap.wall.autoAckSeconds} (the soak's
 * stand-in operator: acknowledges alerts left open this long, so the carousel keeps turning; 0 = never).
 */
public record LiveSettings(String mqttUrl, Duration staleAfter, double replayRate, int holdSecondsOverride, int autoAckSeconds) {
    public LiveSettings {
        mqttUrl = mqttUrl == null || mqttUrl.isBlank() ? null : mqttUrl.strip();
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
        if (replayRate <= 0) replayRate = 10;
    }

    /** Without the soak's overrides. */
    public LiveSettings(String mqttUrl, Duration staleAfter, double replayRate, int holdSecondsOverride) {
        this(mqttUrl, staleAfter, replayRate, holdSecondsOverride, 0);
    }

    /** Replay at 10 messages/s per layer, stale after 10 minutes. */
    public static LiveSettings defaults() { return new LiveSettings(null, null, 10, 0, 0); }

    public static LiveSettings from(Map<String, String> env, Properties props) {
        String url = props.getProperty("onemap.mqtt.url", env.get("ONEMAP_MQTT_URL"));
        double stale = number(props, "onemap.live.staleMinutes", 10);
        return new LiveSettings(url, Duration.ofMillis(Math.round(stale * 60_000)), number(props, "onemap.live.rate", 10),
                (int) number(props, "onemap.wall.holdSeconds", 0), (int) number(props, "onemap.wall.autoAckSeconds", 0));
    }

    public boolean usesBroker() { return mqttUrl != null; }

    private static double number(Properties props, String key, double fallback) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + key + " must be a number, got '" + v + "'");
        }
    }
}
