package org.onemap.app.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * For unattended soaks only ({@code -Donemap.wall.autoAckSeconds}): acknowledges the open alerts once
 * they have been open that long, as "soak". An open alert pauses the carousel, and a soak with nobody
 * at the wall would otherwise measure a paused carousel. Off (never acknowledges) when seconds ≤ 0.
 */
final class StandInOperator {
    static final String NAME = "soak";
    private final AlertViewModel alerts;
    private final Clock clock;
    private final int seconds;
    private Instant alarmingSince;

    StandInOperator(AlertViewModel alerts, Clock clock, int seconds) {
        this.alerts = alerts;
        this.clock = clock;
        this.seconds = seconds;
    }

    /** Called each second by the wall. */
    void tick() {
        if (seconds <= 0) return;
        if (!alerts.isAlarming()) {
            alarmingSince = null;
        } else if (alarmingSince == null) {
            alarmingSince = clock.instant();
        } else if (Duration.between(alarmingSince, clock.instant()).getSeconds() >= seconds) {
            alerts.acknowledgeAll(NAME);
            alarmingSince = null;
        }
    }
}
