package org.onemap.app.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The markers a map (wall or desktop) draws for live devices: each device's latest position and when it was last
 * heard of, by the wall's clock (replayed tracks carry old message times; staleness is about this
 * wall not hearing from a device). A marker is stale, drawn grey, after {@code staleAfter} of silence.
 * Used on the FX thread only; no JavaFX types, so it is tested without a toolkit.
 */
public final class LiveMarkers {
    /** One device on the map. */
    public record Marker(String key, String layer, String device, double lon, double lat, Instant heardAt, Map<String, Object> values) {}

    private final Clock clock;
    private final Duration staleAfter;
    private final Map<String, Marker> markers = new LinkedHashMap<>();
    private long revision;

    public LiveMarkers(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Moves (or adds) the markers of {@code updates}; true when anything changed. */
    public boolean apply(Collection<LiveUpdate> updates) {
        if (updates.isEmpty()) return false;
        Instant now = clock.instant();
        for (LiveUpdate u : updates) {
            var p = u.position();
            markers.put(u.key(), new Marker(u.key(), u.layer(), p.deviceId(), p.lon(), p.lat(), now, p.values()));
        }
        revision++;
        return true;
    }

    public Collection<Marker> all() { return Collections.unmodifiableCollection(markers.values()); }

    public Marker get(String key) { return markers.get(key); }

    public int size() { return markers.size(); }

    /** Changes once per applied batch (for views deciding whether to re-lay out). */
    public long revision() { return revision; }

    public Duration staleAfter() { return staleAfter; }

    /** Whether {@code m} has been silent longer than the stale time. */
    public boolean isStale(Marker m) {
        return Duration.between(m.heardAt(), clock.instant()).compareTo(staleAfter) > 0;
    }

    /** How many markers are stale now. */
    public long staleCount() {
        return markers.values().stream().filter(this::isStale).count();
    }
}
