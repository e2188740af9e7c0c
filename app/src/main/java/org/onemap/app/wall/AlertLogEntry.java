package org.onemap.app.wall;

import java.time.Instant;

/** One line of the alert log: {@code action} is {@code raised} or {@code acknowledged}; {@code who} the operator (empty when raised). */
public record AlertLogEntry(Instant at, String alertId, String action, String who) {
}
