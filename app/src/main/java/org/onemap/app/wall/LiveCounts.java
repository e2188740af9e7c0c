package org.onemap.app.wall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;

/**
 * The live panel's figures, read through the SPI. A sensor is stale when its last reading
 * ({@code observed_at}) is more than {@link #STALE_AFTER} older than the freshest reading of the
 * layer: measured against the feed itself, so a replayed or recorded feed is judged the same way
 * as a live one. {@code staleSince} is the oldest stale reading (null when none is stale).
 */
record LiveCounts(long sensors, long drySoil, long machinery, long openIncidents, long staleSensors, Instant staleSince) {
    static final Duration STALE_AFTER = Duration.ofMinutes(30);

    static LiveCounts of(DataSource ws, List<Alert> alerts) {
        long dry = alerts.stream().filter(a -> a.kind() == AlertKind.SOIL_MOISTURE_LOW).count();
        List<Instant> readings = new ArrayList<>();
        long sensors = 0;
        if (ws.hasLayer("sensor")) {
            for (Feature f : ws.layer("sensor").list(Query.ALL)) {
                sensors++;
                Instant t = instant(f.get("observed_at"));
                if (t != null) readings.add(t);
            }
        }
        Instant freshest = readings.stream().max(Instant::compareTo).orElse(null);
        long stale = 0;
        Instant since = null;
        if (freshest != null) {
            Instant limit = freshest.minus(STALE_AFTER);
            for (Instant t : readings) {
                if (t.isBefore(limit)) {
                    stale++;
                    if (since == null || t.isBefore(since)) since = t;
                }
            }
        }
        return new LiveCounts(sensors, dry, count(ws, "machinery"), openIncidents(ws), stale, since);
    }

    /** Timestamps as stores return them: Instant, OffsetDateTime, JDBC Timestamp, or a local time taken as UTC. */
    static Instant instant(Object v) {
        if (v instanceof Instant i) return i;
        if (v instanceof OffsetDateTime o) return o.toInstant();
        if (v instanceof ZonedDateTime z) return z.toInstant();
        if (v instanceof java.sql.Timestamp ts) return ts.toInstant();
        if (v instanceof LocalDateTime l) return l.toInstant(ZoneOffset.UTC);
        if (v instanceof java.util.Date d) return d.toInstant();
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Instant.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static long count(DataSource ws, String layer) {
        return ws.hasLayer(layer) ? ws.layer(layer).count(Query.ALL) : 0;
    }

    private static long openIncidents(DataSource ws) {
        if (!ws.hasLayer("incident")) return 0;
        return ws.layer("incident").list(Query.ALL).stream().filter(f -> !"已办结".equals(f.get("status"))).count();
    }
}
